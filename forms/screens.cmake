# The entry screens of the paper forms (one folder per form) and their shared pieces.
# Included from forms/CMakeLists.txt; paths are relative to forms/.
list(APPEND ADUAN_FORMS_SCREEN_SOURCES
    common/complaintheaderwidget.cpp common/complaintheaderwidget.h
    common/fieldmessage.cpp common/fieldmessage.h
    common/handoverview.cpp common/handoverview.h
    common/reasondialog.cpp common/reasondialog.h
    common/palette.h
    complaintform/complaintformattachments.cpp
    complaintform/complaintformfindings.cpp
    complaintform/complaintformreactions.cpp
    complaintform/complaintformwidget.cpp complaintform/complaintformwidget.h
    complaintform/complaintformwidget.ui
    decision/decisionwidget.cpp decision/decisionwidget.h decision/decisionwidget.ui
    disposition/dispositionwidget.cpp disposition/dispositionwidget.h
    disposition/dispositionwidget.ui
    resolutionreport/resolutionreportwidget.cpp resolutionreport/resolutionreportwidget.h
    resolutionreport/resolutionreportwidget.ui
)

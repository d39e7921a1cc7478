#pragma once

#include <QDialog>

namespace aduan::gui {

class ComplaintDetailView;
class Session;

/// A window with one complaint's detail and its print menu; follows changes while open.
class ComplaintDetailDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintDetailDialog)

public:
    ComplaintDetailDialog(Session &session, qint64 complaintId, QWidget *parent = nullptr);

    /// Opens the detail of a complaint as a window of its own (non-modal, deleted on close).
    static void open(Session &session, qint64 complaintId, QWidget *parent);

    ComplaintDetailView *view() const { return m_view; }

private:
    ComplaintDetailView *m_view = nullptr;
};

} // namespace aduan::gui

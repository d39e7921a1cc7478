#include "workspaces/importdialog.h"

#include "session/session.h"
#include "support/feedback.h"
#include "support/writeguard.h"
#include "util/error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {

constexpr int kPreviewRows = 5;
constexpr int kWidestColumn = 260; ///< px; a longer text wraps

} // namespace

ImportDialog::ImportDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Import CSV"));
    auto *outer = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A website or Google Form export saved as CSV (Excel or Google "
                                "Sheets, Indonesian settings). Each row waits in the SMS inbox "
                                "until it is made a complaint."));
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"));
    m_path = new QLineEdit;
    m_path->setReadOnly(true);
    fileLabel->setBuddy(m_path);
    auto *browse = new QPushButton(tr("&Choose…"));
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    outer->addLayout(fileRow);

    auto *mapping = new QGridLayout;
    const QList<ImportField> fields = importFields();
    for (int i = 0; i < fields.size(); ++i) {
        auto *box = new QComboBox;
        box->setMinimumContentsLength(18);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        auto *label = new QLabel(importFieldLabel(fields.at(i)) + u':');
        label->setBuddy(box);
        mapping->addWidget(label, i / 3, (i % 3) * 2);
        mapping->addWidget(box, i / 3, (i % 3) * 2 + 1);
        m_columns.insert(fields.at(i), box);
    }
    mapping->setColumnStretch(1, 1);
    mapping->setColumnStretch(3, 1);
    mapping->setColumnStretch(5, 1);
    outer->addLayout(mapping);

    m_preview = new QTableWidget;
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setWordWrap(true);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    outer->addWidget(m_preview, 1);

    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setEnabled(false);
    writeguard::mark(m_import, m_session);
    outer->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, [this] { runImport(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 520);
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), {},
                                                      tr("CSV files (*.csv *.txt)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_result->setText(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    const bool read = feedback::guarded(this, tr("Import CSV"),
                                        [&] { m_table = readCsv(file.readAll()); });
    if (!read)
        return false;
    m_path->setText(path);
    ImportMapping mapping = ImportMapping::guess(m_table.header);
    feedback::guarded(this, tr("Import CSV"), [&] {
        if (const auto remembered = rememberedMapping(m_session.database())) {
            bool fits = true;
            for (const QString &column : remembered->columns)
                fits = fits && (column.isEmpty() || m_table.header.contains(column));
            if (fits)
                mapping = *remembered;
        }
    });
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it) {
        QComboBox *box = it.value();
        box->clear();
        box->addItem(tr("(none)"), QString());
        for (const QString &column : m_table.header)
            box->addItem(column, column);
        box->setCurrentIndex(std::max(0, box->findData(mapping.columns.value(it.key()))));
    }
    m_preview->clear();
    m_preview->setColumnCount(int(m_table.header.size()));
    m_preview->setHorizontalHeaderLabels(m_table.header);
    const int rows = int(std::min<qsizetype>(kPreviewRows, m_table.rows.size()));
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < m_table.header.size(); ++c) {
            auto *item = new QTableWidgetItem(m_table.rows.at(r).value(c));
            item->setToolTip(item->text());
            m_preview->setItem(r, c, item);
        }
    }
    // Each column as wide as its header and cells, up to a limit past which the text wraps.
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), kWidestColumn));
    m_result->setText(tr("%n row(s) in the file.", nullptr, int(m_table.rows.size())));
    m_import->setEnabled(true);
    m_import->setDefault(true);
    m_import->setFocus();
    return true;
}

ImportMapping ImportDialog::chosenMapping() const
{
    ImportMapping mapping;
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it) {
        const QString column = it.value()->currentData().toString();
        if (!column.isEmpty())
            mapping.columns.insert(it.key(), column);
    }
    return mapping;
}

std::optional<ImportReport> ImportDialog::runImport()
{
    std::optional<ImportReport> report;
    try {
        report = importWebsiteRows(m_session.database(), m_session.clock(), m_session.userId(),
                                   m_table, chosenMapping());
    } catch (const Error &e) {
        m_result->setText(e.message());
        return std::nullopt;
    }
    // The first problems in full; the count says how many there are in all.
    constexpr int kShownProblems = 12;
    QStringList lines;
    lines << tr("%1 added to the SMS inbox, %2 imported before, %3 not imported.")
                 .arg(report->added)
                 .arg(report->duplicates)
                 .arg(report->problems.size());
    for (const ImportProblem &p : report->problems.mid(0, kShownProblems))
        lines << tr("Line %1: %2").arg(p.line).arg(p.reason);
    if (report->problems.size() > kShownProblems)
        lines << tr("… and %1 more.").arg(report->problems.size() - kShownProblems);
    m_result->setText(lines.join(u'\n'));
    m_session.notifyChanged();
    return report;
}

} // namespace aduan::gui

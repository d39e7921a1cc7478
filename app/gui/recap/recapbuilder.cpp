#include "recap/recapbuilder.h"

#include "storage/settingsstore.h"
#include "util/error.h"

#include <QCoreApplication>

#include <exception>

namespace aduan::gui {

RecapData RecapData::read(Database &db, QDate from, QDate to, const QDateTime &now)
{
    RecapData data;
    data.recap = buildRecap(db, from, to, now);
    const SettingsStore settings(db);
    data.classes = settings.complaintClasses();
    if (const auto sop = settings.sopRevisionInForce(to)) {
        for (const SopStep &step : sop->steps) {
            data.stepActors.insert(step.number, roleTitle(step.actor));
            data.stepActivities.insert(step.number, step.activity);
        }
    }
    return data;
}

/// Lives in the builder's thread and owns the connection of that thread.
class RecapBuilder::Worker : public QObject
{
public:
    Worker(QString path, OpenOptions options)
        : m_path(std::move(path))
        , m_options(options)
    {
        m_options.mode = OpenOptions::Mode::OpenExisting;
    }

    /// Runs in the worker thread; posts the outcome to `receiver` (in the GUI thread).
    void build(RecapBuilder *receiver, QDate from, QDate to, const QDateTime &now)
    {
        std::shared_ptr<const RecapData> data;
        QString message;
        try {
            if (!m_db)
                m_db = std::make_unique<Database>(m_path, m_options);
            data = std::make_shared<const RecapData>(RecapData::read(*m_db, from, to, now));
        } catch (const Error &error) {
            message = error.message();
        } catch (const std::exception &e) {
            message = QCoreApplication::translate("aduan::gui::RecapPage",
                                                  "The recap could not be made: %1")
                          .arg(QString::fromLocal8Bit(e.what()));
        } catch (...) {
            message = QCoreApplication::translate("aduan::gui::RecapPage",
                                                  "The recap could not be made.");
        }
        // Queued to the receiver's thread; dropped if the receiver is gone by then.
        QMetaObject::invokeMethod(
            receiver,
            [receiver, data, message] {
                if (data)
                    emit receiver->built(data);
                else
                    emit receiver->failed(message);
            },
            Qt::QueuedConnection);
    }

private:
    QString m_path;
    OpenOptions m_options;
    std::unique_ptr<Database> m_db; // created, used and destroyed in the worker thread
};

RecapBuilder::RecapBuilder(QString databasePath, OpenOptions options, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(databasePath), options))
{
    m_thread.setObjectName(QStringLiteral("recap builder"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

RecapBuilder::~RecapBuilder()
{
    m_thread.quit();
    m_thread.wait();
}

void RecapBuilder::request(QDate from, QDate to, const QDateTime &now)
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, this, from, to, now] { worker->build(this, from, to, now); },
        Qt::QueuedConnection);
}

} // namespace aduan::gui

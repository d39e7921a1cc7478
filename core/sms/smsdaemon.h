#pragma once

#include "sms/daemonstore.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace aduan {

/// One message as Gammu's SMS daemon hands it to its RunOnReceive program
/// (https://docs.gammu.org/smsd/run.html): SMS_MESSAGES physical parts with SMS_n_NUMBER and
/// SMS_n_TEXT, DECODED_1_TEXT the long text Gammu joined from a concatenated message, and the
/// backend's ids of the stored parts (FILES: the inbox file names) as arguments.
struct ReceivedSms {
    QString sender;       ///< as the network gave it (+62…)
    QString text;         ///< the whole text, parts joined in order
    int physicalParts = 0;
    QStringList daemonIds;
};

/// Reads a RunOnReceive call. Joining: DECODED_1_TEXT when Gammu decoded a concatenated
/// message, else SMS_1_TEXT, SMS_2_TEXT, … in the daemon's order (Gammu links the parts by
/// their UDH before it runs the program). The environment holds UTF-8 (emoji, Javanese script
/// intact). Throws aduan::Error(Invalid) when the environment holds no message (the program
/// was not started by the daemon).
ReceivedSms receivedFromDaemon(const QProcessEnvironment &environment,
                               const QStringList &daemonIds);

/// Queues SMS in Gammu's SMS daemon's outbox through libgsmsd's own SMSD_InjectSMS (what
/// gammu-smsd-inject does), so that every backend the daemon is configured with (FILES,
/// PostgreSQL) gets the message in its own format and the daemon sends it when the modem is
/// free. The text is split by planSms().
class SmsDaemon
{
public:
    /// `configPath`: the daemon's configuration file (gammu-smsdrc) as the administrator set it.
    explicit SmsDaemon(QString configPath) : m_configPath(std::move(configPath)) {}

    /// Queues `text` for `recipient` (+62…) and returns the daemon's id of the queued message
    /// (FILES: the outbox file's path). Throws aduan::Error(NotFound) when the configuration file
    /// is missing, Error(Storage) when the daemon's store refuses the message (the message
    /// quotes Gammu's reason), Error(Invalid) from planSms().
    QString queue(const QString &recipient, const QString &text) const;

    const QString &configPath() const { return m_configPath; }

    /// The daemon's store as its configuration names it (openDaemonStore(), opened on first
    /// use): delivery states and the messages received. Throws what openDaemonStore() throws.
    const DaemonStore &store() const;

private:
    QString m_configPath;
    mutable std::shared_ptr<DaemonStore> m_store;
};

} // namespace aduan

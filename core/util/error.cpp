#include "util/error.h"

using namespace Qt::StringLiterals;

namespace aduan {

Error::Error(Code code, QString message, QString detail, Findings findings)
    : m_code(code)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
    , m_findings(std::move(findings))
{
    m_what = (codeName(m_code) + u": "_s + m_message
              + (m_detail.isEmpty() ? QString() : u" ("_s + m_detail + u')'))
                 .toUtf8();
}

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::Forbidden: return u"forbidden"_s;
    case Code::WrongStep: return u"wrong-step"_s;
    case Code::RequirementMissing: return u"requirement-missing"_s;
    case Code::OutputIncomplete: return u"output-incomplete"_s;
    case Code::DeviationReasonRequired: return u"deviation-reason-required"_s;
    case Code::Invalid: return u"invalid"_s;
    case Code::Conflict: return u"conflict"_s;
    case Code::Busy: return u"busy"_s;
    case Code::NotFound: return u"not-found"_s;
    case Code::FileMissing: return u"file-missing"_s;
    case Code::NotADatabase: return u"not-a-database"_s;
    case Code::Corrupt: return u"corrupt"_s;
    case Code::SchemaTooNew: return u"schema-too-new"_s;
    case Code::ReadOnly: return u"read-only"_s;
    case Code::Locked: return u"locked"_s;
    case Code::ClockWrong: return u"clock-wrong"_s;
    case Code::Storage: return u"storage"_s;
    }
    return u"unknown"_s;
}

} // namespace aduan

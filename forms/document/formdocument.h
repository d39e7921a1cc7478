#pragma once

#include "document/pagesetup.h"
#include "document/printable.h"

#include <QString>
#include <QTextDocument>

#include <memory>

namespace aduan::forms {

/// One printed form: a QTextDocument laid out for its page (see DocumentRenderer::prepare),
/// with its title and page decoration.
class FormDocument final : public Printable
{
public:
    /// Creates an empty document prepared for `page`.
    FormDocument(const PageSetup &page, const QString &title, PageDecoration decoration = {});
    FormDocument(FormDocument &&) noexcept = default;
    FormDocument &operator=(FormDocument &&) noexcept = default;
    ~FormDocument() override;

    /// The laid-out text (owned by this object).
    QTextDocument &text() const { return *m_text; }
    /// Hands the text over, e.g. to a QTextEdit; this object is empty afterwards.
    std::unique_ptr<QTextDocument> takeText() { return std::move(m_text); }

    PageSetup pageSetup() const override { return m_page; }
    QString title() const override { return m_title; }
    PageDecoration decoration() const override { return m_decoration; }
    int pageCount() override;
    void paintPages(PageWriter &writer) override;

private:
    std::unique_ptr<QTextDocument> m_text;
    PageSetup m_page;
    QString m_title;
    PageDecoration m_decoration;
};

} // namespace aduan::forms

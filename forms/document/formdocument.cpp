#include "document/formdocument.h"

#include "document/documentrenderer.h"
#include "document/pagewriter.h"

namespace aduan::forms {

FormDocument::FormDocument(const PageSetup &page, const QString &title, PageDecoration decoration)
    : m_text(std::make_unique<QTextDocument>()), m_page(page), m_title(title),
      m_decoration(std::move(decoration))
{
    DocumentRenderer::prepare(*m_text, m_page);
    m_text->setMetaInformation(QTextDocument::DocumentTitle, m_title);
}

FormDocument::~FormDocument() = default;

int FormDocument::pageCount()
{
    return m_text ? DocumentRenderer::pageCount(*m_text) : 0;
}

void FormDocument::paintPages(PageWriter &writer)
{
    const int pages = pageCount();
    for (int i = 0; i < pages; ++i)
        writer.paintTextPage(*m_text, i);
}

} // namespace aduan::forms

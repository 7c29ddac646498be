// EPUB 3 writer: assembles the book from the parts rendered by the other files of this
// folder. Order of work: plan the layout (layout.cpp), render the notes (chapters.cpp; this
// fills the anchors registry), then everything that links back to the notes (sections.cpp,
// index.cpp, nav.cpp), then the package document (package.cpp) from the same item list the
// ZIP is written from.

#include "resources/resources.hpp"
#include "write/epub/anchors.hpp"
#include "write/epub/chapters.hpp"
#include "write/epub/index.hpp"
#include "write/epub/layout.hpp"
#include "write/epub/nav.hpp"
#include "write/epub/package.hpp"
#include "write/epub/sections.hpp"
#include "write/writer.hpp"
#include "zip/archive.hpp"

namespace np::write {
namespace {

using epub::Item;
using epub::SpineRole;

constexpr std::string_view kXhtml = "application/xhtml+xml";
constexpr std::string_view kMimetype = "application/epub+zip";
constexpr std::string_view kRoot = "EPUB/";

Item page(std::string id, std::string href, zip::Prepared bytes, SpineRole spine = SpineRole::Linear,
          std::string properties = {}) {
  return Item{.id = std::move(id),
              .href = std::move(href),
              .media_type = kXhtml,
              .properties = std::move(properties),
              .spine = spine,
              .bytes = std::move(bytes)};
}

Item page(std::string id, std::string href, std::string bytes, SpineRole spine = SpineRole::Linear,
          std::string properties = {}) {
  return page(std::move(id), std::move(href), zip::prepare(std::move(bytes)), spine, std::move(properties));
}

/// "ch1-2.xhtml" → "ch1-2".
std::string stem(const std::string& file) { return file.substr(0, file.rfind('.')); }

/// Every file under EPUB/ in reading order (nav and NCX first, as they describe the rest).
std::vector<Item> render_items(const epub::Book& book, const std::string& uid) {
  epub::Anchors anchors(book);
  std::vector<zip::Prepared> notes;
  notes.reserve(book.parts.size());
  for (std::uint32_t c = 0; c < book.pack->chapters.size(); ++c) epub::render_chapter(book, c, anchors, notes);

  const std::vector<epub::TocEntry> toc = epub::build_toc(book, anchors);
  std::vector<Item> items;
  items.push_back(page("nav", epub::kNavFile, epub::render_nav(book, toc, epub::build_landmarks(book)),
                       SpineRole::NonLinear, "nav"));
  items.push_back(Item{.id = "ncx",
                       .href = epub::kNcxFile,
                       .media_type = "application/x-dtbncx+xml",
                       .bytes = zip::prepare(epub::render_ncx(book, uid, toc))});
  items.push_back(Item{.id = "css",
                       .href = epub::kStyleFile,
                       .media_type = "text/css",
                       .static_bytes = resources::get("epub/style.css")});
  items.push_back(page("title", epub::kTitleFile, epub::render_title_page(book, anchors)));
  for (std::size_t i = 0; i < book.parts.size(); ++i)
    items.push_back(page(stem(book.parts[i].file), book.parts[i].file, std::move(notes[i])));
  if (book.people) items.push_back(page("people", epub::kPeopleFile, epub::render_people(book, anchors)));
  if (book.timeline) items.push_back(page("timeline", epub::kTimelineFile, epub::render_timeline(book, anchors)));
  if (book.glossary) items.push_back(page("glossary", epub::kGlossaryFile, epub::render_glossary(book, anchors)));
  if (!book.index.empty())
    items.push_back(page("index", epub::kIndexFile, epub::render_index(*book.pack, book.index, anchors, book.language),
                         SpineRole::Linear, "index"));
  return items;
}

}  // namespace

std::string write_epub(const pack::Pack& pack, const Options& options) {
  const epub::Book book = epub::plan_book(pack);
  const std::string uid = epub::content_uuid(pack);
  std::vector<Item> items = render_items(book, uid);
  const std::string opf = epub::render_package(book, uid, epub::modified_time(options.timestamp), items);

  zip::Archive archive(options.timestamp);
  // mimetype first, stored, from a buffer of known size (so no extra field): OCF §4.
  archive.add_static("mimetype", kMimetype, zip::Compression::Store);
  archive.add_static("META-INF/container.xml", resources::get("epub/container.xml"));
  archive.add(std::string(kRoot) + "package.opf", opf);
  for (Item& item : items) {
    const std::string name = std::string(kRoot) + item.href;
    if (item.static_bytes.data() != nullptr)
      archive.add_static(name, item.static_bytes);
    else
      archive.add_prepared(name, std::move(item.bytes));
  }
  return archive.finish();
}

}  // namespace np::write

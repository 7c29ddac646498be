#include "read/lead_terms.hpp"

#include <string_view>

namespace np::read {
namespace {

constexpr std::size_t kMaxTermBytes = 60;
constexpr int kMaxTermWords = 4;

/// Length of the term before a "- ", " – ", " — " or ": " separator, or 0.
std::size_t lead_term_length(std::string_view text) {
  int words = 1;
  for (std::size_t i = 0; i < text.size() && i <= kMaxTermBytes; ++i) {
    const char c = text[i];
    const std::string_view rest = text.substr(i);
    const bool dash = c == '-' || rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94");
    if (dash || c == ':') {
      const std::size_t sep = c == '-' || c == ':' ? 1 : 3;
      // "-" must end a word ("Stalin- He"), or stand alone (" - "); "Brest-Litovsk" is a word.
      const bool ends_word = i + sep < text.size() && text[i + sep] == ' ';
      if (!ends_word) {
        if (c == ':') return 0;
        continue;
      }
      std::size_t end = i;
      while (end > 0 && text[end - 1] == ' ') --end;
      return end;
    }
    if (c == '.' || c == ',' || c == ';' || c == '?' || c == '!' || c == '(' || c == '"') return 0;
    if (c == ' ' && i > 0 && text[i - 1] != ' ' && ++words > kMaxTermWords) return 0;
  }
  return 0;
}

/// Lead terms are names or terms, which notes capitalise ("Stalin", "NEP", "Grain
/// requisitioning"); "slogan: ..." and "control of the peasants – ..." are sentences.
bool starts_capitalised(std::string_view text) { return !text.empty() && !(text[0] >= 'a' && text[0] <= 'z'); }

void mark_in(std::vector<model::Block>& blocks) {
  for (model::Block& block : blocks) {
    if (auto* list = std::get_if<model::List>(&block.node)) {
      for (model::ListItem& item : list->items) {
        if (!item.blocks.empty())
          if (auto* p = std::get_if<model::Paragraph>(&item.blocks.front().node)) {
            const std::size_t n = starts_capitalised(p->content.text()) ? lead_term_length(p->content.text()) : 0;
            if (n > 0) p->content.annotate({0, static_cast<std::uint32_t>(n)}, model::Strong{});
          }
        mark_in(item.blocks);
      }
    } else if (auto* quote = std::get_if<model::Quote>(&block.node)) {
      mark_in(quote->blocks);
    }
  }
}

}  // namespace

void mark_lead_terms(model::Document& doc) { mark_in(doc.blocks); }

}  // namespace np::read

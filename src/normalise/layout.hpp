#pragma once

#include "model/transform.hpp"

namespace np::normalise {

/// Tidies layout without losing words: runs of spaces and tabs become one space, spaces
/// before , . ; : ! ? go, and a hyphen used as a dash ("Stalin- He", "power - and") becomes
/// a spaced en dash. Suspended hyphens ("pre- and post-war") are left alone. Code blocks are
/// never touched.
class LayoutTidy final : public model::Transform {
 public:
  std::string_view name() const override { return "layout"; }
  void apply(model::Document& doc, model::FileContext& context) override;
};

}  // namespace np::normalise

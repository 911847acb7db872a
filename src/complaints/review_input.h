// The management review input "complaints" (complaints and appeals, 9.3.2 of ISO 21001; customer feedback in
// ISO 9001), compiled from the complaints service as the compiling person may see complaints: those received in the
// reviewed unit's subtree during the period and those still unfinished from before it, how many were appeals, closed,
// upheld and overdue, the mean days to resolve, and the trend against the period of the same length before. The
// entries name the category, never the text or the complainant.
#pragma once
#include "complaints/service.h"
#include "review/input_source.h"

namespace eduims::complaints {

class ComplaintsInput : public review::ReviewInputSource {
 public:
  explicit ComplaintsInput(ComplaintService& complaints) : complaints_(complaints) {}
  std::string Key() const override { return "complaints"; }
  std::string Module() const override { return "complaints"; }
  review::CompiledInput Compile(const review::InputQuery& query) override;

 private:
  ComplaintService& complaints_;
};

// The input's figures and entries from the complaints the compiling person sees in the subtree. Plain rules, no I/O.
review::CompiledInput ComplaintsOf(const std::vector<Complaint>& complaints, const review::InputQuery& query);

}  // namespace eduims::complaints

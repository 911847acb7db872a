// The agenda of a management review: every input that 9.3.2 of ISO 9001:2015 and of ISO 21001:2018 names, each
// under one key, in the order the meeting takes them, and the compiled snapshot of them all.
#pragma once
#include <boost/json.hpp>

#include <string>
#include <vector>

#include "review/input_source.h"

namespace eduims::review {

// previous_actions, context_changes, satisfaction, complaints, objectives, process_performance, nonconformities,
// monitoring_results, audit_results, external_providers, resources, risks, improvement_opportunities
const std::vector<std::string>& AgendaKeys();

// Every agenda input compiled by its registered source for `query`; an input without one has an empty module.
std::vector<CompiledInput> CompileAgenda(const InputRegistry& registry, const InputQuery& query);

boost::json::object ToJson(const CompiledInput& input);
CompiledInput InputFromJson(const boost::json::object& object);

}  // namespace eduims::review

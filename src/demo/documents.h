// The demo department's documented information (see documents.cc), created and taken through the approval workflow
// by the people who would: its quality manager drafts, the internal auditor reviews, the director approves.
#pragma once
#include "application.h"

namespace eduims::demo {

struct DocumentPeople {
  auth::Principal author;    // drafts and submits (the quality manager)
  auth::Principal reviewer;  // endorses (the internal auditor)
  auth::Principal approver;  // approves and publishes (the director)
};

// The quality manual, policy, objectives, twelve procedures and four forms of the unit `unit_id`, linked to clauses
// of both standards and to the demo processes: most published, a few in review, and one published procedure with
// its next revision in review.
void SeedDocuments(Application& app, const DocumentPeople& people, db::Id unit_id);

}  // namespace eduims::demo

// Whether this thread is running the work of a Database::Write (of any Database): for checks that slow work, such as
// rendering a document, stays outside write transactions. Apart from database.h so that most files need not see it.
#pragma once

namespace eduims::db {

bool InWrite();

}  // namespace eduims::db

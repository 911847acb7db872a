// The public answering page (/s/{code}): self-contained HTML in Vietnamese or English for an inexpensive phone on a
// slow connection — one column, large touch targets, every input labelled, questions as fieldsets with legends, the
// language a link away — and the pages that say why a code cannot be answered. Its only script is kProgressScript
// (served at /s/progress.js), which keeps unsent answers in the browser's storage. Every text is HTML-escaped.
// Pure: no I/O.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "platform/i18n/language.h"
#include "surveys/answer.h"
#include "surveys/questionnaire.h"

namespace eduims::surveys {

// The form for `code`; `sent` refills it and `problems` are shown beside their questions and in a summary on top.
std::string FormPage(const std::string& code, const std::string& campaign_title, const Definition& definition,
                     Language language, const std::multimap<std::string, std::string>& sent = {},
                     const std::vector<AnswerProblem>& problems = {});
// "stored" (thanks, which also forgets the progress kept for `code`), "unknown", "closed", "not_yet", "draft", "used"
// or "rate_limited".
std::string StatePage(const std::string& state, Language language, const std::string& code = "");
// The HTTP status of a state's page.
int StateStatus(const std::string& state);

inline constexpr const char* kProgressScript =
    "(function(){var f=document.getElementById('survey'),d=document.getElementById('done');"
    "if(d){try{localStorage.removeItem(d.getAttribute('data-key'))}catch(e){}return}if(!f)return;"
    "var k=f.getAttribute('data-key'),s={};try{s=JSON.parse(localStorage.getItem(k)||'{}')}catch(e){}"
    "if(!f.hasAttribute('data-sent'))Array.prototype.forEach.call(f.elements,function(e){if(!e.name||!(e.name in s))return;"
    "var v=s[e.name];if(e.type==='radio'||e.type==='checkbox')e.checked=v.indexOf(e.value)>=0;else e.value=v[0]||''});"
    "f.addEventListener('input',function(){var o={};Array.prototype.forEach.call(f.elements,function(e){if(!e.name)return;"
    "if((e.type==='radio'||e.type==='checkbox')&&!e.checked){o[e.name]=o[e.name]||[];return}"
    "(o[e.name]=o[e.name]||[]).push(e.value)});try{localStorage.setItem(k,JSON.stringify(o))}catch(e){}})})();\n";

// For the responses: scripts from this server only, nothing else loaded, forms posted here only, no framing.
inline constexpr const char* kPagePolicy =
    "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'";

}  // namespace eduims::surveys

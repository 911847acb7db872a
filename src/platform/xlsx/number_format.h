// What a cell's number format says about its number: a date, a time of day, both, or a plain number. A workbook
// stores a date as its serial number (days since 1899-12-30 in the 1900 date system, since 1904-01-01 in the 1904
// one) and only its style tells it is a date; an import reading the serial would see "46022" where the sheet shows
// 31/12/2025. The built-in format ids are those of ECMA-376 part 1, 18.8.30 (and the East Asian ones Excel uses).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace eduims::xlsx {

enum class NumberKind { kNumber, kDate, kTime, kDateTime };

// The kind of the built-in format `id` when `code` is empty, else of the custom format `code`: date and time
// tokens (y, m, d, h, s) outside quoted text, escapes and [colour] or [$-locale] brackets make it a date or time;
// elapsed time ([h]:mm) stays a number, as it is a duration.
NumberKind KindOfFormat(int id, std::string_view code);

// The serial `serial` of a cell formatted as `kind`, as ISO 8601 text: "2025-12-31", "07:30:00" or
// "2025-12-31T07:30:00" (rounded to the second). nullopt for a serial no calendar day matches (negative, past
// 9999-12-31, or 60 in the 1900 system: the 29 February 1900 that Excel counts and the calendar does not).
std::optional<std::string> SerialText(double serial, NumberKind kind, bool date1904);

}  // namespace eduims::xlsx

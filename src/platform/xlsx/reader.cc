#include "platform/xlsx/reader.h"

#include <zip.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>

#include "platform/xlsx/number_format.h"
#include "platform/xlsx/xml_scanner.h"

namespace eduims::xlsx {
namespace {

constexpr size_t kMaxSheetRow = 1048576;  // the last row a sheet may have

// Thrown inside this file only, caught by ReadFirstSheet: the refusal travels up the part readers as one value.
struct Refusal {
  ReadFailure failure;
};

[[noreturn]] void Refuse(ReadError error, std::string reason, std::string part = {}, std::string cell = {},
                         size_t limit = 0) {
  throw Refusal{{error, std::move(reason), std::move(part), std::move(cell), limit}};
}

struct CloseArchive {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct CloseEntry {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

class Package {
 public:
  Package(std::string_view bytes, const ReadLimits& limits) : limits_(limits) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source) {
      archive_.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
      if (!archive_) zip_source_free(source);
    }
    zip_error_fini(&error);
    if (!archive_) Refuse(ReadError::kMalformed, "xlsx_bad_archive");
  }

  // The unpacked part `name`, or nullopt if the package has none.
  std::optional<std::string> Part(const std::string& name) {
    zip_int64_t index = zip_name_locate(archive_.get(), name.c_str(), ZIP_FL_NOCASE);
    if (index < 0) return std::nullopt;
    zip_stat_t st;
    if (zip_stat_index(archive_.get(), zip_uint64_t(index), 0, &st) != 0) Refuse(ReadError::kMalformed, "xlsx_bad_archive", name);
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
      Refuse(ReadError::kEncrypted, "", name);
    size_t left = limits_.max_unpacked_bytes - used_;
    if ((st.valid & ZIP_STAT_SIZE) && st.size > left) TooLarge(name);
    std::unique_ptr<zip_file_t, CloseEntry> file(zip_fopen_index(archive_.get(), zip_uint64_t(index), 0));
    if (!file) Refuse(ReadError::kMalformed, "xlsx_bad_archive", name);
    // The declared size may lie: the cap holds on what inflating gives.
    std::string out;
    char buffer[65536];
    while (true) {
      zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
      if (n < 0) Refuse(ReadError::kMalformed, "xlsx_bad_archive", name);
      if (n == 0) break;
      if (size_t(n) > left - out.size()) TooLarge(name);
      out.append(buffer, size_t(n));
    }
    used_ += out.size();
    return out;
  }

 private:
  [[noreturn]] void TooLarge(const std::string& name) {
    Refuse(ReadError::kTooLarge, "xlsx_unpacked_size", name, {}, limits_.max_unpacked_bytes);
  }

  const ReadLimits& limits_;
  std::unique_ptr<zip_t, CloseArchive> archive_;
  size_t used_ = 0;
};

// Reads the events of `xml`, the part `name`, refusing it if it is not well-formed or its root is not `root`.
class PartReader {
 public:
  PartReader(const std::string& xml, std::string name, std::string_view root, ReadError wrong_root)
      : scanner_(xml), name_(std::move(name)) {
    if (!Next() || event_.kind != XmlEvent::kStart) Bad();
    if (event_.name != root) Refuse(wrong_root, wrong_root == ReadError::kNotWorkbook ? "" : "xlsx_bad_xml", name_);
  }
  // The next event, false at the end.
  bool Next() {
    if (scanner_.Next(event_)) return true;
    if (scanner_.failed()) Bad();
    return false;
  }
  const XmlEvent& event() const { return event_; }
  size_t depth() const { return scanner_.depth(); }
  const std::string& name() const { return name_; }
  [[noreturn]] void Bad() { Refuse(ReadError::kMalformed, "xlsx_bad_xml", name_); }

 private:
  XmlScanner scanner_;
  XmlEvent event_;
  std::string name_;
};

struct Relationship {
  std::string id, type, target;
};

std::string Directory(const std::string& part) {
  size_t slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

// The part a relationship's target names, from the directory of the part holding it; "" if it leaves the package.
std::string Resolve(const std::string& directory, const std::string& target) {
  std::string path = !target.empty() && target[0] == '/' ? target.substr(1) : directory + target;
  std::vector<std::string> segments;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string segment = path.substr(start, end - start);
    if (segment == "..") {
      if (segments.empty()) return "";
      segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& s : segments) out += (out.empty() ? "" : "/") + s;
  return out;
}

bool EndsWith(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

std::vector<Relationship> Relationships(const std::string& xml, const std::string& name) {
  PartReader reader(xml, name, "Relationships", ReadError::kMalformed);
  // "dir/_rels/part.rels" holds the relationships of "dir/part": targets are relative to "dir/".
  std::string base = Directory(name);
  if (EndsWith(base, "_rels/")) base.resize(base.size() - 6);
  std::vector<Relationship> out;
  while (reader.Next()) {
    const XmlEvent& e = reader.event();
    if (e.kind != XmlEvent::kStart || e.name != "Relationship" || reader.depth() != 2) continue;
    const std::string* mode = e.Attribute("TargetMode");
    if (mode && *mode == "External") continue;
    const std::string *id = e.Attribute("Id"), *type = e.Attribute("Type"), *target = e.Attribute("Target");
    if (!id || !type || !target) reader.Bad();
    out.push_back({*id, *type, Resolve(base, *target)});
  }
  return out;
}

const Relationship* OfType(const std::vector<Relationship>& relationships, std::string_view type_end) {
  for (const Relationship& r : relationships)
    if (EndsWith(r.type, type_end)) return &r;
  return nullptr;
}

// ECMA-376 22.9.2.19: "_xHHHH_" in a string stands for the character HHHH (Excel writes control characters so).
std::string Unescaped(const std::string& text) {
  if (text.find("_x") == std::string::npos) return text;
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (text.compare(i, 2, "_x") == 0 && i + 7 <= text.size() && text[i + 6] == '_') {
      unsigned c = 0;
      auto [end, ec] = std::from_chars(text.data() + i + 2, text.data() + i + 6, c, 16);
      if (ec == std::errc() && end == text.data() + i + 6 && !(c >= 0xD800 && c <= 0xDFFF)) {
        AppendUtf8(out, char32_t(c));
        i += 7;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

// The text of each <si>: its <t>, or the <t> of its rich-text runs <r>; phonetic runs (<rPh>) left out.
std::vector<std::string> SharedStrings(const std::string& xml, const std::string& name, const ReadLimits& limits) {
  PartReader reader(xml, name, "sst", ReadError::kMalformed);
  std::vector<std::string> out;
  size_t phonetic_depth = 0;  // the depth of an open <rPh>, 0 outside one
  bool in_item = false, in_text = false;
  std::string item;
  while (reader.Next()) {
    const XmlEvent& e = reader.event();
    if (e.kind == XmlEvent::kStart) {
      if (e.name == "si" && reader.depth() == 2) {
        in_item = true;
        item.clear();
      } else if (e.name == "rPh" && !phonetic_depth) {
        phonetic_depth = reader.depth();
      } else if (e.name == "t" && in_item && !phonetic_depth) {
        in_text = true;
      }
    } else if (e.kind == XmlEvent::kEnd) {
      if (e.name == "t") {
        in_text = false;
      } else if (e.name == "rPh" && phonetic_depth == reader.depth() + 1) {
        phonetic_depth = 0;
      } else if (e.name == "si" && reader.depth() == 1) {
        in_item = false;
        if (out.size() >= limits.max_cells) Refuse(ReadError::kTooLarge, "xlsx_too_many_cells", name, {}, limits.max_cells);
        out.push_back(Unescaped(item));
      }
    } else if (in_text) {
      item += e.text;
      if (item.size() > limits.max_cell_bytes)
        Refuse(ReadError::kTooLarge, "xlsx_cell_too_long", name, {}, limits.max_cell_bytes);
    }
  }
  return out;
}

std::optional<size_t> Decimal(std::string_view text) {
  size_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// What each cell style (<cellXfs>, by index: a cell's s="") says of its number: a date, a time, or a number.
std::vector<NumberKind> StyleKinds(const std::string& xml, const std::string& name, const ReadLimits& limits) {
  PartReader reader(xml, name, "styleSheet", ReadError::kMalformed);
  std::map<size_t, std::string> custom;  // numFmtId -> formatCode
  std::vector<size_t> style_formats;
  bool in_cell_xfs = false;
  while (reader.Next()) {
    const XmlEvent& e = reader.event();
    if (e.kind == XmlEvent::kEnd) {
      if (e.name == "cellXfs" && reader.depth() == 1) in_cell_xfs = false;
      continue;
    }
    if (e.kind != XmlEvent::kStart) continue;
    if (e.name == "cellXfs" && reader.depth() == 2) {
      in_cell_xfs = true;
    } else if (e.name == "numFmt" && reader.depth() == 3) {
      const std::string *id = e.Attribute("numFmtId"), *code = e.Attribute("formatCode");
      auto n = id ? Decimal(*id) : std::nullopt;
      if (!n || !code) reader.Bad();
      custom[*n] = *code;
    } else if (in_cell_xfs && e.name == "xf" && reader.depth() == 3) {
      if (style_formats.size() >= limits.max_cells)
        Refuse(ReadError::kTooLarge, "xlsx_too_many_cells", name, {}, limits.max_cells);
      const std::string* id = e.Attribute("numFmtId");
      auto n = id ? Decimal(*id) : std::optional<size_t>(0);
      if (!n) reader.Bad();
      style_formats.push_back(*n);
    }
  }
  std::vector<NumberKind> out;
  for (size_t id : style_formats) {
    auto code = custom.find(id);
    out.push_back(KindOfFormat(int(std::min<size_t>(id, 1u << 20)), code == custom.end() ? "" : code->second));
  }
  return out;
}

// The worksheet's <sheetData>: rows of cells.
class SheetReader {
 public:
  SheetReader(const std::string& xml, const std::string& name, const std::vector<std::string>& shared,
              const std::vector<NumberKind>& styles, bool date1904, const ReadLimits& limits)
      : reader_(xml, name, "worksheet", ReadError::kMalformed),
        shared_(shared),
        styles_(styles),
        date1904_(date1904),
        limits_(limits) {}

  std::vector<SheetRow> Rows() {
    while (reader_.Next()) {
      const XmlEvent& e = reader_.event();
      if (e.kind == XmlEvent::kStart) Start(e);
      else if (e.kind == XmlEvent::kEnd) End(e);
      else Text(e);
    }
    return std::move(rows_);
  }

 private:
  enum class In { kNone, kValue, kInline, kInlineText, kPhonetic };

  [[noreturn]] void BadCell() { Refuse(ReadError::kMalformed, "xlsx_bad_cell", reader_.name(), reference_); }

  void Start(const XmlEvent& e) {
    size_t depth = reader_.depth();
    if (e.name == "sheetData" && depth == 2) {
      in_data_ = true;
    } else if (in_data_ && e.name == "row" && depth == 3) {
      StartRow(e);
    } else if (in_row_ && e.name == "c" && depth == 4) {
      StartCell(e);
    } else if (in_cell_ && depth == 5) {
      if (e.name == "v") where_ = In::kValue;
      else if (e.name == "is") where_ = In::kInline;
    } else if (in_cell_ && where_ == In::kInline && e.name == "rPh") {
      where_ = In::kPhonetic;
      phonetic_depth_ = depth;
    } else if (in_cell_ && (where_ == In::kInline) && e.name == "t") {
      where_ = In::kInlineText;
    }
  }

  void End(const XmlEvent& e) {
    size_t depth = reader_.depth();  // after the element closed
    if (e.name == "sheetData" && depth == 1) {
      in_data_ = false;
    } else if (in_row_ && e.name == "row" && depth == 2) {
      in_row_ = false;
      bool blank = true;
      for (const std::string& cell : row_.cells) blank = blank && cell.empty();
      if (!blank) rows_.push_back(std::move(row_));
    } else if (in_cell_ && e.name == "c" && depth == 3) {
      EndCell();
    } else if (in_cell_ && depth == 4 && (e.name == "v" || e.name == "is")) {
      where_ = In::kNone;
    } else if (where_ == In::kPhonetic && e.name == "rPh" && depth + 1 == phonetic_depth_) {
      where_ = In::kInline;
    } else if (where_ == In::kInlineText && e.name == "t") {
      where_ = In::kInline;
    }
  }

  void Text(const XmlEvent& e) {
    std::string* into = where_ == In::kValue ? &value_ : where_ == In::kInlineText ? &inline_ : nullptr;
    if (!into) return;
    *into += e.text;
    if (into->size() > limits_.max_cell_bytes) CellTooLong();
  }

  [[noreturn]] void CellTooLong() {
    Refuse(ReadError::kTooLarge, "xlsx_cell_too_long", reader_.name(), reference_, limits_.max_cell_bytes);
  }

  void StartRow(const XmlEvent& e) {
    reference_.clear();
    size_t number = row_number_ + 1;
    if (const std::string* r = e.Attribute("r")) {
      auto n = Decimal(*r);
      if (!n || *n <= row_number_ || *n > kMaxSheetRow) {
        reference_ = *r;
        BadCell();
      }
      number = *n;
    }
    if (number > kMaxSheetRow) BadCell();
    if (++row_count_ > limits_.max_rows)
      Refuse(ReadError::kTooLarge, "xlsx_too_many_rows", reader_.name(), {}, limits_.max_rows);
    row_number_ = number;
    row_ = {number, {}};
    column_ = std::nullopt;
    in_row_ = true;
  }

  void StartCell(const XmlEvent& e) {
    size_t column = column_ ? *column_ + 1 : 0;
    reference_.clear();
    if (const std::string* r = e.Attribute("r")) {
      reference_ = *r;
      size_t letters = r->find_first_of("0123456789");
      auto index = ColumnIndex(std::string_view(*r).substr(0, letters));
      auto row = letters == std::string::npos ? std::nullopt : Decimal(std::string_view(*r).substr(letters));
      if (!index || !row || *row != row_number_ || (column_ && *index <= *column_)) BadCell();
      column = *index;
    }
    if (column >= limits_.max_columns)
      Refuse(ReadError::kTooLarge, "xlsx_too_many_columns", reader_.name(), reference_, limits_.max_columns);
    if (++cell_count_ > limits_.max_cells)
      Refuse(ReadError::kTooLarge, "xlsx_too_many_cells", reader_.name(), {}, limits_.max_cells);
    column_ = column;
    const std::string* type = e.Attribute("t");
    type_ = type ? *type : "n";
    kind_ = NumberKind::kNumber;
    if (const std::string* style = e.Attribute("s")) {
      auto index = Decimal(*style);
      if (!index) BadCell();
      // A style the workbook does not define is the default one, as spreadsheet programs read it.
      if (*index < styles_.size()) kind_ = styles_[*index];
    }
    value_.clear();
    inline_.clear();
    where_ = In::kNone;
    in_cell_ = true;
  }

  void EndCell() {
    in_cell_ = false;
    where_ = In::kNone;
    std::string text;
    if (type_ == "s") {
      if (!value_.empty()) {
        auto index = Decimal(value_);
        if (!index || *index >= shared_.size()) BadCell();
        text = shared_[*index];
      }
    } else if (type_ == "inlineStr") {
      text = Unescaped(inline_);
    } else if (type_ == "b") {
      if (value_ == "1") text = "TRUE";
      else if (value_ == "0") text = "FALSE";
      else if (!value_.empty()) BadCell();
    } else if (type_ == "n") {
      if (!value_.empty()) text = NumberText(value_);
      if (!text.empty() && kind_ != NumberKind::kNumber)
        if (auto shown = SerialText(std::strtod(text.c_str(), nullptr), kind_, date1904_)) text = *shown;
    } else if (type_ == "str" || type_ == "e" || type_ == "d") {
      text = Unescaped(value_);
    } else {
      BadCell();
    }
    if (text.size() > limits_.max_cell_bytes) CellTooLong();
    if (text.empty()) return;
    row_.cells.resize(*column_ + 1);
    row_.cells[*column_] = std::move(text);
  }

  // A stored number as its shortest round-trip text: Excel stores 0.1 as "0.10000000000000001".
  std::string NumberText(const std::string& stored) {
    std::string_view v = stored;
    size_t b = v.find_first_not_of(" \t\r\n"), e = v.find_last_not_of(" \t\r\n");
    if (b == std::string_view::npos) return "";
    v = v.substr(b, e - b + 1);
    double value = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
    if (ec != std::errc() || end != v.data() + v.size() || !std::isfinite(value) ||
        v.find_first_of("nNiI") != std::string_view::npos)
      BadCell();
    char buffer[32];
    auto [out, ec2] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec2 == std::errc() ? std::string(buffer, out) : std::string(v);
  }

  PartReader reader_;
  const std::vector<std::string>& shared_;
  const std::vector<NumberKind>& styles_;
  bool date1904_;
  const ReadLimits& limits_;
  std::vector<SheetRow> rows_;
  SheetRow row_;
  size_t row_number_ = 0, row_count_ = 0, cell_count_ = 0, phonetic_depth_ = 0;
  std::optional<size_t> column_;
  std::string reference_, type_, value_, inline_;
  NumberKind kind_ = NumberKind::kNumber;
  In where_ = In::kNone;
  bool in_data_ = false, in_row_ = false, in_cell_ = false;
};

// An OLE compound file: what Office writes for a password-protected workbook (and for the old binary .xls).
bool IsCompoundFile(std::string_view bytes) {
  return bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

bool HoldsEncryptionInfo(std::string_view bytes) {
  static const std::string name = [] {
    std::string utf16;
    for (char c : std::string_view("EncryptionInfo")) utf16 += std::string{c, '\0'};
    return utf16;
  }();
  return bytes.find(name) != std::string_view::npos;
}

SheetRead Read(std::string_view bytes, const ReadLimits& limits) {
  if (IsCompoundFile(bytes))
    Refuse(HoldsEncryptionInfo(bytes) ? ReadError::kEncrypted : ReadError::kNotWorkbook, "");
  if (bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4)) Refuse(ReadError::kNotWorkbook, "");
  Package package(bytes, limits);
  auto package_rels = package.Part("_rels/.rels");
  if (!package_rels) Refuse(ReadError::kNotWorkbook, "");
  std::vector<Relationship> package_relationships = Relationships(*package_rels, "_rels/.rels");
  const Relationship* office = OfType(package_relationships, "/officeDocument");
  if (!office || office->target.empty()) Refuse(ReadError::kNotWorkbook, "");
  std::string workbook_name = office->target;
  auto workbook = package.Part(workbook_name);
  if (!workbook) Refuse(ReadError::kMalformed, "xlsx_missing_part", workbook_name);

  // The sheets in tab order, by relationship id.
  std::vector<std::string> sheet_ids;
  bool date1904 = false;
  {
    PartReader reader(*workbook, workbook_name, "workbook", ReadError::kNotWorkbook);
    while (reader.Next()) {
      const XmlEvent& e = reader.event();
      if (e.kind == XmlEvent::kStart && e.name == "workbookPr" && reader.depth() == 2) {
        const std::string* system = e.Attribute("date1904");
        date1904 = system && (*system == "1" || *system == "true");
      } else if (e.kind == XmlEvent::kStart && e.name == "sheet" && reader.depth() == 3) {
        const std::string* id = e.Attribute("id");
        if (!id) reader.Bad();
        sheet_ids.push_back(*id);
      }
    }
  }
  std::string rels_name = Directory(workbook_name) + "_rels/" + workbook_name.substr(Directory(workbook_name).size()) + ".rels";
  auto rels_xml = package.Part(rels_name);
  if (!rels_xml) Refuse(ReadError::kMalformed, "xlsx_missing_part", rels_name);
  std::vector<Relationship> rels = Relationships(*rels_xml, rels_name);
  const Relationship* sheet = nullptr;
  for (const std::string& id : sheet_ids) {
    for (const Relationship& r : rels)
      if (r.id == id && EndsWith(r.type, "/worksheet")) sheet = &r;
    if (sheet) break;
  }
  if (!sheet || sheet->target.empty()) Refuse(ReadError::kMalformed, "xlsx_no_worksheet", workbook_name);

  std::vector<std::string> shared;
  if (const Relationship* strings = OfType(rels, "/sharedStrings"); strings && !strings->target.empty()) {
    auto xml = package.Part(strings->target);
    if (!xml) Refuse(ReadError::kMalformed, "xlsx_missing_part", strings->target);
    shared = SharedStrings(*xml, strings->target, limits);
  }
  std::vector<NumberKind> styles;
  if (const Relationship* part = OfType(rels, "/styles"); part && !part->target.empty()) {
    auto xml = package.Part(part->target);
    if (!xml) Refuse(ReadError::kMalformed, "xlsx_missing_part", part->target);
    styles = StyleKinds(*xml, part->target, limits);
  }
  auto sheet_xml = package.Part(sheet->target);
  if (!sheet_xml) Refuse(ReadError::kMalformed, "xlsx_missing_part", sheet->target);
  SheetRead out;
  out.rows = SheetReader(*sheet_xml, sheet->target, shared, styles, date1904, limits).Rows();
  return out;
}

}  // namespace

std::optional<size_t> ColumnIndex(std::string_view letters) {
  if (letters.empty() || letters.size() > 3) return std::nullopt;
  size_t n = 0;
  for (char c : letters) {
    if (c < 'A' || c > 'Z') return std::nullopt;
    n = n * 26 + size_t(c - 'A' + 1);
  }
  return n - 1;
}

SheetRead ReadFirstSheet(std::string_view bytes, const ReadLimits& limits) {
  try {
    return Read(bytes, limits);
  } catch (const Refusal& refusal) {
    SheetRead out;
    out.failure = refusal.failure;
    return out;
  } catch (const std::bad_alloc&) {
    SheetRead out;
    out.failure = ReadFailure{ReadError::kTooLarge, "xlsx_unpacked_size", {}, {}, limits.max_unpacked_bytes};
    return out;
  }
}

}  // namespace eduims::xlsx

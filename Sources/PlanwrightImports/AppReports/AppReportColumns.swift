import PlanwrightDocument
import PlanwrightModel

/// Which column of an app report holds each field: the header the plan maps it to, or else the
/// first of the headers portals usually give it (`AppReportField.usualHeaders`). Headers match
/// as `CSVColumns` matches them (case, spaces, `_` and `-` aside), and a usual header also
/// matches with the period it counts in parentheses after it: "Active Users (30 days)".
struct AppReportColumns {
    /// The header as the file writes it, for each field found.
    private(set) var headers: [AppReportField: String] = [:]

    subscript(_ field: AppReportField) -> String? { headers[field] }

    /// Finds every field's column; `mapped` are the plan's own headers, which must be there.
    /// A mapped header the file lacks is reported at the plan's line, a required field found
    /// under no header at the file's first line; either leaves the columns unread (nil).
    static func find(in file: CSVFile, mapped: [AppReportField: Located<String>], diagnostics: inout [Diagnostic]) -> AppReportColumns? {
        var columns = AppReportColumns()
        var complete = true
        for field in AppReportField.allCases {
            if let header = mapped[field] {
                guard file.has(header.value) else {
                    complete = false
                    diagnostics.append(.error(Message("import_apps_no_such_column", ["file": .text(file.name), "column": .text(Excerpt.of(header.value)),
                                                                                    "hint": ImportPhrases.didYouMean(header.value, in: file.columnNames)]),
                                              at: header.location))
                    continue
                }
                columns.headers[field] = header.value
            } else if let header = usualHeader(field, in: file) {
                columns.headers[field] = header
            } else if field.isRequired {
                complete = false
                let expected = ImportPhrases.commaSeparated(field.usualHeaders.map { .text("'\($0)'") })
                diagnostics.append(.error(Message("import_apps_no_column", ["file": .text(file.name), "key": .text(field.rawValue), "expected": expected]),
                                          at: file.at(line: 1)))
            }
        }
        return complete ? columns : nil
    }

    /// The first usual header of `field` the file has, as written there.
    private static func usualHeader(_ field: AppReportField, in file: CSVFile) -> String? {
        let usual = field.usualHeaders
        if let header = usual.first(where: file.has) { return header }
        // "Active Users (30 days)": a usual header, then the period in parentheses.
        for header in usual {
            let key = CSVColumns.key(header) + "("
            if let written = file.columnNames.first(where: { CSVColumns.key($0).hasPrefix(key) }) { return written }
        }
        return nil
    }
}

import PlanwrightDocument
import PlanwrightModel

/// The grades of each school's classes, from classes.csv when the export has it: with its
/// students' grades, what a school teaches (OneRoster's orgs carry no grades). A school whose
/// export lists classes but no students (a programme rostered by class) still gets its grades.
///
/// Only `schoolSourcedId` and `grades` are read; classes are not planned for, so a file without
/// them is passed over, and a row that cannot be used is counted in one note rather than
/// reported as an error that would stop the plan.
struct OneRosterClasses {
    private var grades: [String: GradeSet] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    init(_ file: CSVFile, orgs: OneRosterOrgs) {
        // How the file was read (its encoding) is said; its broken rows are only counted below.
        diagnostics = file.diagnostics.filter { $0.severity == .note }
        guard file.has("schoolSourcedId"), file.has("grades") else { return }
        let broken = file.diagnostics.filter { $0.severity == .error }.compactMap(\.location).min()
        if let broken {
            diagnostics.append(.note(Message("roster_classes_unreadable_rows", ["file": .text(file.name), "line": .number(broken.line)]), at: broken))
        }
        var unread = 0
        var firstUnread: CSVRow?
        for row in file.rows where row["status"]?.lowercased() != "tobedeleted" {
            var set = GradeSet(), known = true
            for code in (row["grades"] ?? "").split(separator: ",").map({ String($0).trimmingCSVSpaces }) where !code.isEmpty {
                switch OneRosterCodes.grade(code) {
                case let .grades(codes): set.bits |= codes.bits
                case .outsidePlan: continue
                case .unknown: known = false
                }
            }
            guard known, case let .school(school) = orgs.place(row["schoolSourcedId"] ?? "") else {
                unread += 1
                if firstUnread == nil { firstUnread = row }
                continue
            }
            grades[school, default: GradeSet()].bits |= set.bits
        }
        if let row = firstUnread {
            diagnostics.append(.note(Message("roster_classes_unread", count: unread, ["file": .text(file.name), "row": .number(row.line)]),
                                     at: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
    }

    /// The grades of school `id`'s classes; empty when it has none with a grade.
    func grades(of id: String) -> GradeSet { grades[id] ?? GradeSet() }
}

import PlanwrightDocument
import PlanwrightModel

/// Merges a staff survey into staff imported from OneRoster, matched by staff id.
///
/// A roster says who works where; only the staff can say how at ease they are with the
/// technology and whether they would help colleagues. Columns: `staff_id` (required),
/// `comfort` (1–5 or a CBAM Level of Use), `champion` (yes, no or volunteer), `subjects`
/// and `grades` (lists separated by `;` or `,`). An empty cell keeps what the roster said.
struct StaffSurveyReader {
    /// Problems with the file's shape, then those with its answers.
    var diagnostics: [Diagnostic] { fileDiagnostics + answers.diagnostics }
    private var fileDiagnostics: [Diagnostic] = []
    /// A survey of a million rows for people the roster lacks is a million warnings: only the
    /// first are built and kept (`DiagnosticCollector`'s cap), then one "and N more" per kind.
    private(set) var answers = DiagnosticCollector()
    private var path = ""

    private mutating func report(_ severity: Diagnostic.Severity, line: Int = #line, _ make: @autoclosure () -> Diagnostic) {
        answers.add(severity, at: SourceLocation(file: path, line: 0, column: 0), site: #fileID, line: line, make)
    }

    mutating func merge(_ file: CSVFile, into staff: inout [StaffMember]) {
        var file = file
        path = file.source.path
        defer { fileDiagnostics = file.diagnostics }
        guard file.require(["staff_id"], by: Message("survey_required_by_staff_survey")) else { return }
        let positions = Dictionary(staff.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var answered: [String: Int] = [:]
        for row in file.rows {
            let id = row["staff_id"] ?? ""
            guard !id.isEmpty else {
                report(.error, .error(Message("survey_staff_id_empty", ["row": .message(row.place)]), at: row.location(of: "staff_id")))
                continue
            }
            guard let position = positions[id] else {
                report(.warning, .warning(Message("survey_staff_id_unknown", ["row": .message(row.place), "id": .text(Excerpt.of(id))]),
                                            at: row.location(of: "staff_id")))
                continue
            }
            if let first = answered[id] {
                // People submit a form twice to correct themselves: the later answer stands.
                report(.warning, .warning(Message("survey_answered_twice", ["row": .message(row.place), "id": .text(Excerpt.of(id)), "first": .number(first)]),
                                            at: row.location(of: "staff_id")))
            }
            answered[id] = row.line
            apply(row, to: &staff[position])
        }
    }

    private mutating func apply(_ row: CSVRow, to member: inout StaffMember) {
        if let text = nonEmpty(row, "comfort") {
            member.comfort = comfort(text, row) ?? member.comfort
        }
        if let text = nonEmpty(row, "champion") {
            if let interest = ChampionInterest(rawValue: text.lowercased()) {
                member.champion = interest
            } else {
                let hint = ImportPhrases.didYouMean(text, in: ChampionInterest.allCases.map(\.rawValue))
                report(.error, .error(Message("survey_champion_unknown", ["row": .message(row.place), "value": .text(Excerpt.of(text)), "hint": hint]), at: row.location(of: "champion")))
            }
        }
        if let text = nonEmpty(row, "subjects") {
            member.subjects = Self.items(text).map { $0.lowercased() }
        }
        if let text = nonEmpty(row, "grades") {
            member.grades = ComfortAndGrades.grades(Self.items(text)) { item in
                report(.error, .error(Message("survey_grade_unknown", ["row": .message(row.place), "value": .text(Excerpt.of(item)),
                                                                   "advice": .message(ComfortAndGrades.advicePhrase(for: item))]),
                                      at: row.location(of: "grades")))
            }
        }
    }

    /// 1–5, or a CBAM Level of Use name such as `Routine`.
    private mutating func comfort(_ text: String, _ row: CSVRow) -> Comfort? {
        let reading = ComfortAndGrades.comfort(text)
        if case let .comfort(comfort) = reading { return comfort }
        let names = ComfortAndGrades.levelOfUseNames
        let hint = if case .unknown = reading { ImportPhrases.didYouMean(text, in: names) } else { Message.Value.text("") }
        report(.error, .error(Message("survey_comfort_unknown", ["row": .message(row.place), "value": .text(Excerpt.of(text)),
                                                                 "levels": .text(names.joined(separator: ", ")), "hint": hint]),
                                  at: row.location(of: "comfort")))
        return nil
    }

    private func nonEmpty(_ row: CSVRow, _ column: String) -> String? {
        row[column].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `math; science` or `K-2, 3`: a list inside one cell.
    static func items(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "," }).map { String($0).trimmingCSVSpaces }.filter { !$0.isEmpty }
    }
}

import PlanwrightDocument
import PlanwrightModel

/// One person listed twice under two ids is trained twice, put in two groups that may meet in
/// the same slot, and counted twice in every total. Two staff may share a name (a large district
/// has two Maria Garcias at different schools), so a name alone is not enough: the second entry
/// is warned when the name and the email both match, or the name matches at the same school.
/// Names and emails are compared as people write them, ignoring case and extra spaces.
struct PersonListedOnce: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        var byNameAndEmail: [String: StaffMember] = [:]
        var byNameAtSchool: [String: StaffMember] = [:]
        var diagnostics: [Diagnostic] = []
        for member in context.plan.staff {
            let name = Self.folded(member.name)
            guard !name.isEmpty else { continue }
            let email = member.email.map(Self.folded).flatMap { $0.isEmpty ? nil : $0 }
            let emailKey = email.map { name + "\u{0}" + $0 }
            let schoolKey = name + "\u{0}" + member.school.id
            if let key = emailKey, let first = byNameAndEmail[key] {
                diagnostics.append(Self.warning(member, first: first, same: Message("check_person_same_name_and_email")))
            } else if let first = byNameAtSchool[schoolKey] {
                diagnostics.append(Self.warning(member, first: first, same: Message("check_person_same_name_at_school")))
            }
            if let key = emailKey, byNameAndEmail[key] == nil { byNameAndEmail[key] = member }
            if byNameAtSchool[schoolKey] == nil { byNameAtSchool[schoolKey] = member }
        }
        return diagnostics
    }

    private static func warning(_ member: StaffMember, first: StaffMember, same: Message) -> Diagnostic {
        // The first may be in another file (a roster export beside the plan): then say which.
        let place: Message.Value = first.location.file == member.location.file
            ? .message(Message("check_person_first_at_line", ["line": .text(String(first.location.line))]))
            : .text("\(first.location.file):\(first.location.line)")
        return .warning(Message("check_person_listed_twice", ["id": .text(Excerpt.of(member.id)), "name": .text(Excerpt.of(member.name)),
                                                              "same": .message(same), "first": .text(Excerpt.of(first.id)), "place": place]),
                 at: member.location)
    }

    /// Lowercased, with runs of spaces made one, so "Derek  Moen" and "derek moen" are one name.
    private static func folded(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

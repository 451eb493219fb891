import PlanwrightDocument
import PlanwrightModel

/// The school levels a district calendar names ("High Schools", "Elementary Schools & Pre-K
/// Centers", "Middle Schools"), as the grades they teach: an event for a level applies to the
/// plan's schools teaching those grades (`Scope.includes`), not to every school.
package enum SchoolLevelWords {
    /// Each level's words (as `EventClassifier` matches them: whole words, any case, a plural
    /// `s` allowed) and its grades. A K-8 school is both elementary and middle by its grades.
    static let levels: [(words: [String], grades: String)] = [
        (["high school", "secondary school"], "9-12"),
        (["middle school", "intermediate school", "junior high"], "6-8"),
        (["elementary school", "primary school"], "PK-5"),
        (["k 8 school", "k8 school"], "K-8"),
        (["pre k center", "prek center", "early childhood center"], "PK"),
    ]

    /// The grades of every level `text` names, and the grades it writes ("Grade 3-6", `GradeWords`);
    /// nil when it names none (the event is for every school).
    package static func grades(in text: String?) -> GradeSet? {
        guard let text else { return nil }
        let normalized = EventClassifier.normalized(text)
        var set = GradeWords.grades(in: text) ?? GradeSet()
        for level in levels where level.words.contains(where: { EventClassifier.holds(normalized, word: $0) }) {
            if let grades = GradeSet.parse(level.grades) { set.bits |= grades.bits }
        }
        return set.isEmpty ? nil : set
    }

    /// The scope of an event: the levels its title names, else those its description names
    /// (pass nil for a description that should not narrow it).
    package static func scope(summary: String?, description: String?) -> Scope? {
        (grades(in: summary) ?? grades(in: description)).map { Scope(grades: $0) }
    }
}

import Foundation

/// A list in the language's words: "teachers, students and families" / "docentes, estudiantes y familias".
extension Wording {
    public func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        let values = ["rest": items.dropLast().joined(separator: ", "), "last": last]
        // Spanish writes "e", not "y", before the sound /i/: "español e inglés", "Ciencias e
        // Historia" (but "agua y hielo"). The strings file says how (`list_and_before_i`); the
        // code only knows where the sound is, so a language without the rule repeats `list_and`.
        return Self.startsWithISound(last) ? text("list_and_before_i", values) : text("list_and", values)
    }

    /// "inglés", "Historia", "ítem": an i sound; "hielo", "hierba", "yoga": not (hi+vowel is /j/).
    static func startsWithISound(_ word: String) -> Bool {
        let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let letters = folded.drop { !$0.isLetter }
        if letters.hasPrefix("i") { return true }
        guard letters.hasPrefix("h"), letters.dropFirst().hasPrefix("i") else { return false }
        let after = letters.dropFirst(2).first
        return after.map { !"aeou".contains($0) } ?? true
    }
}

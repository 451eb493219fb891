import PlanwrightDocument
import PlanwrightModel

/// The grades an event's title names, as district calendars write them: "Grade 3-6 State Math
/// Test", "Grades 7–8 State Testing", "ACT School Day - Grade 11", "3rd-5th Grade Music
/// Program", "K-6 Christmas Program", "Kindergarten Roundup". An event for some grades applies
/// to the plan's schools teaching them (`Scope.includes`), as a plan's own `grades:` does.
enum GradeWords {
    /// The grades `text` names; nil when it names none.
    static func grades(in text: String) -> GradeSet? {
        let tokens = tokenize(text)
        var set = GradeSet()
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token == "grade" || token == "grades" || token == "gr" {
                // "Grade 3-6", "Grades 3, 4 and 5", "Grades K through 2".
                index = readList(tokens, from: index + 1, ordinal: false, into: &set)
                continue
            }
            if ordinal(token) != nil {
                // "3rd-5th Grade", "11th and 12th Grades": only when "grade" follows the list.
                var found = GradeSet()
                let end = readList(tokens, from: index, ordinal: true, into: &found)
                if end < tokens.count, tokens[end] == "grade" || tokens[end] == "grades" {
                    set.bits |= found.bits
                    index = end + 1
                    continue
                }
            }
            if token == "kindergarten" { set.insert(0) }
            // "K-6", "PK-5": a range from kindergarten or pre-K reads as grades even without "grade".
            if token == "k" || token == "pk" || token == "prek", index + 2 < tokens.count, tokens[index + 1] == "-",
               let low = grade(token), let high = number(tokens[index + 2]), low <= high {
                for g in low...high { set.insert(g) }
                index += 3
                continue
            }
            index += 1
        }
        return set.isEmpty ? nil : set
    }

    /// Reads grades joined by ranges ("-", "to", "through") and lists (",", "and", "&") from
    /// `start`; returns the index after the last token read.
    private static func readList(_ tokens: [String], from start: Int, ordinal wantsOrdinal: Bool, into set: inout GradeSet) -> Int {
        func value(_ token: String) -> Int? { wantsOrdinal ? ordinal(token) : grade(token) }
        var index = start
        var previous: Int?
        var inRange = false
        while index < tokens.count {
            let token = tokens[index]
            if let g = value(token) {
                if inRange, let low = previous, low <= g {
                    for each in low...g { set.insert(each) }
                } else {
                    set.insert(g)
                }
                previous = g
                inRange = false
            } else if previous != nil, ["-", "to", "through", "thru"].contains(token) {
                inRange = true
            } else if previous != nil, [",", "and", "&"].contains(token) {
                inRange = false
            } else {
                break
            }
            index += 1
        }
        // A trailing joiner ("Grade 3 and") is not read.
        return index
    }

    private static func grade(_ token: String) -> Int? {
        switch token {
        case "pk", "prek": -1
        case "k", "kg", "kindergarten": 0
        default: number(token)
        }
    }

    private static func number(_ token: String) -> Int? {
        guard token.count <= 2, let n = Int(token), (1...12).contains(n) else { return nil }
        return n
    }

    /// "3rd", "11th", "1st", "2nd": a grade written as an ordinal.
    private static func ordinal(_ token: String) -> Int? {
        for suffix in ["st", "nd", "rd", "th"] where token.hasSuffix(suffix) {
            return number(String(token.dropLast(2)))
        }
        return nil
    }

    /// Lower-case words (letters and digits), and the separators that join grades: "-", ",", "&".
    /// An en or em dash is a hyphen; "Pre-K" is one word, "prek".
    static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        func flush() { if !word.isEmpty { tokens.append(word); word = "" } }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                flush()
                switch character {
                case "-", "–", "—": tokens.append("-")
                case ",", "&": tokens.append(String(character))
                default: break
                }
            }
        }
        flush()
        // "pre - k" is pre-K.
        var joined: [String] = []
        for token in tokens {
            if token == "k", joined.count >= 2, joined[joined.count - 1] == "-", joined[joined.count - 2] == "pre" {
                joined.removeLast(2)
                joined.append("prek")
            } else {
                joined.append(token)
            }
        }
        return joined
    }
}

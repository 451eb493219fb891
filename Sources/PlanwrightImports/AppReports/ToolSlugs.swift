/// Ids for tools only an app report shows, made from their names as ids are written in a plan:
/// "Kahoot! for Schools" is `kahoot-for-schools`, "Matemáticas Día" is `matematicas-dia`; an id
/// already taken gains a number (`quizlet-2`).
struct ToolSlugs {
    static let maxLength = 60

    private var taken: Set<String> = []
    /// The next number to try for each base: names that make one base ("数学", "算术": `app`)
    /// are numbered in one pass, not by trying every number again for each.
    private var next: [String: Int] = [:]

    init(taken: some Sequence<String> = []) {
        self.taken = Set(taken)
    }

    /// Marks an id as used, so no slug is made equal to it.
    mutating func take(_ id: String) { taken.insert(id) }

    mutating func make(from name: String) -> String {
        let base = Self.base(name)
        var id = base
        if taken.contains(id) {
            var number = next[base, default: 2]
            repeat {
                id = "\(base)-\(number)"
                number += 1
            } while taken.contains(id)
            next[base] = number
        }
        taken.insert(id)
        return id
    }

    /// The name's letters and digits, folded to ASCII, in words joined by `-`; `app` when none are left.
    static func base(_ name: String) -> String {
        var slug = ""
        for character in SchoolWords.fold(name) {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        // An id names files and table rows: a cell holding a paragraph makes an id of its start.
        if slug.count > maxLength { slug = String(slug.prefix(maxLength)) }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "app" : slug
    }
}

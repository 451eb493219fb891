/// An id for a tool only an app report shows, made from its name as ids are written in a plan:
/// "Kahoot! for Schools" is `kahoot-for-schools`, "Matemáticas Día" is `matematicas-dia`.
enum ToolSlug {
    static func of(_ name: String, taken: Set<String>) -> String {
        var slug = ""
        for character in SchoolWords.fold(name) {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        let base = slug.isEmpty ? "app" : slug
        // Two names that slug alike ("Quizlet" and "Quizlet+") stay two tools.
        var id = base, suffix = 2
        while taken.contains(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        return id
    }
}

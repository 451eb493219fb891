/// A list in the language's words: "teachers, students and families" / "docentes, estudiantes y familias".
extension Wording {
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return text("list_and", ["rest": items.dropLast().joined(separator: ", "), "last": items.last!])
    }
}

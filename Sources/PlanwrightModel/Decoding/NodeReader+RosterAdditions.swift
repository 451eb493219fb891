import PlanwrightDocument

/// What a plan adds to the schools a roster gives: equity flags, principals and home languages,
/// which a roster does not carry. Decoded here, once the roster is read, because they can be
/// checked only against the schools it gives.
extension NodeReader {
    /// The roster's schools with the equity flags, principals and home languages the plan adds, which a roster does not carry.
    package func addingPlanDetails(_ request: ImportRequests.RosterRequest, to imported: [School]) -> [School] {
        var schools = imported
        let ids = schools.map(\.id)
        for (key, value) in request.needsSupport {
            guard let id = schoolID(key, among: ids, "needs_support"), let index = schools.firstIndex(where: { $0.id == id }),
                  let needs = supportNeeds(value, ofSchool: id, Message("decode_key_of", ["key": .text("needs_support"), "context": .message(Message("decode_school_named", ["school": .text(id)]))])) else { continue }
            schools[index].needsSupport = needs
        }
        for (key, value) in request.principals {
            guard let id = schoolID(key, among: ids, "principals"), let index = schools.firstIndex(where: { $0.id == id }) else { continue }
            schools[index].principal = text(value, Message("decode_principal_of_school", ["school": .text(id)]))
        }
        for (key, value) in request.homeLanguages {
            guard let id = schoolID(key, among: ids, "home_languages"), let index = schools.firstIndex(where: { $0.id == id }) else { continue }
            schools[index].homeLanguages = homeLanguages(value, Message("decode_key_of", ["key": .text("home_languages"), "context": .message(PlanShapes.school.namedPhrase(id))]))
            schools[index].homeLanguagesLocation = value.location
        }
        return schools
    }

    private func schoolID(_ key: YAMLNode, among ids: [String], _ section: String) -> String? {
        guard let id = identifier(key, Message("decode_school_id_under", ["what": .message(Message("decode_quoted_key", ["key": .text(section)]))])) else { return nil }
        guard ids.contains(id) else {
            error(Message("import_no_such_school", ["section": .text(section), "school": .text(id), "hint": Suggestion.hint(id, in: ids)]), at: key)
            return nil
        }
        return id
    }
}

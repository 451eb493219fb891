import PlanwrightDocument

/// The file name each id of one kind (schools, or members of staff) is written under, decided
/// once per build over all of them, because whether a name is free depends on the others.
///
/// An id is its own file name where it can be (`PlanDocument.fileName`): a principal finds
/// `schools/lincoln.md` by the id they know. Two things can stop that, both common with ids
/// imported from OneRoster, which may be any text:
/// - **Length.** Most file systems allow 255 bytes a name, and a `sourcedId` of 300 characters,
///   or of 100 accented letters (`%C3%A9` each once encoded), made every build fail with "File
///   name too long". A name that would not fit, with the longest ending a document adds
///   (`-people.html`), is cut and given `~` and 16 hex digits of a stable hash of the whole id.
/// - **Case.** macOS and Windows file systems ignore case, so `T-CASE.ics` and `t-case.ics`
///   would be one file there. Ids whose files would be one, ignoring case, each get the hash
///   suffix: also a school `lincoln-people` beside `lincoln`, whose handout would be the other's
///   people page (`lincoln-people.md`), as the endings of the documents are compared too.
///
/// The hash (FNV-1a, 64 bits, of the id's UTF-8) is the same on every machine and in every run,
/// so a name stays what it was from build to build while the ids stay the same. `~` never occurs
/// in an encoded id (it would be `%7E`), so a shortened name cannot equal another id's own name.
struct OutputFileNames: Sendable {
    private var names: [String: String] = [:]

    /// A name's bytes at most, before the ending the longest document adds to it.
    static let maxBytes = 255 - PlanDocuments.longestNameEnding

    /// `endings`: what the documents of this kind add to a name (`.md`, `-people.html`).
    init<Ids: Sequence<String>>(_ ids: Ids, endings: [String] = [""]) {
        var byFile: [String: [String]] = [:]
        for id in ids where names[id] == nil {
            let name = Self.fitted(id)
            names[id] = name
            for ending in endings { byFile[(name + ending).lowercased(), default: []].append(id) }
        }
        for (_, same) in byFile where same.count > 1 {
            for id in same { names[id] = Self.hashed(id) }
        }
    }

    /// The file name of `id`; one not among the ids given takes the rule for an id alone.
    func callAsFunction(_ id: String) -> String { names[id] ?? Self.fitted(id) }

    /// The id's own name, or when it is too long, its cut with the hash suffix.
    static func fitted(_ id: String) -> String {
        let name = PlanDocument.fileName(id)
        return name.utf8.count <= maxBytes ? name : hashed(id)
    }

    /// The id's own name cut to leave room for `~` and the hash, and the hash.
    static func hashed(_ id: String) -> String {
        var text = id
        let hash = String(FNV1a.hash64(&text), radix: 16)
        let suffix = "~" + String(repeating: "0", count: 16 - hash.count) + hash
        // Cut between whole characters, never inside a `%XX` or a letter's bytes: the kept part
        // is the name of a prefix of the id, as readable as the id is.
        let room = maxBytes - suffix.utf8.count
        var kept = "", length = 0
        for character in id {
            let piece = kept.isEmpty ? PlanDocument.fileName(String(character)) : ICalendarText.uidPart(String(character))
            guard length + piece.utf8.count <= room else { break }
            kept += piece
            length += piece.utf8.count
        }
        return kept + suffix
    }
}

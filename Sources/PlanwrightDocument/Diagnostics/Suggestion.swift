/// "Did you mean" suggestions for misspelt keys and ids.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        // The distance costs the product of the two lengths: a 16,000-character id against
        // another would take seconds, and nobody mistypes a word that long into another.
        guard word.count <= maxWordLength else { return nil }
        let target = Array(word.lowercased())
        // A third of the word may be wrong: 'mielstones' finds 'milestones', 'x' finds nothing.
        let allowed = max(1, (target.count + 2) / 3)
        var best: (distance: Int, word: String)?
        for candidate in candidates {
            // Lengths further apart than the distance allowed cannot be close enough: skip them unmeasured.
            guard abs(candidate.count - target.count) <= allowed else { continue }
            let distance = editDistance(target, Array(candidate.lowercased()))
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.word) {
                best = (distance, candidate)
            }
        }
        guard let best else { return nil }
        return best.distance <= allowed ? best.word : nil
    }

    /// Longest word a suggestion is looked for.
    static let maxWordLength = 64

    /// The hint for a word that is not one of `candidates`: "; did you mean 'x'?" (`decode_did_you_mean`),
    /// worded in the message's language, or nothing.
    public static func hint(_ word: String, in candidates: some Sequence<String>) -> Message.Value {
        closest(to: word, in: candidates).map { .message(Message("decode_did_you_mean", ["word": .text($0)])) } ?? .text("")
    }

    /// "; did you mean 'x'?" or nothing, ready to append to a message.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

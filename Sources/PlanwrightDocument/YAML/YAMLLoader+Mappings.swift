/// Mappings as a load closes them: duplicate keys and merge keys (`<<: *defaults`).
extension TreeBuilder {
    /// Checks a finished mapping's keys and applies merge keys (`<<: *defaults`).
    ///
    /// Keys written in the mapping win over merged ones; among merged mappings the
    /// first listed wins, as the YAML merge-key spec says.
    /// Returns nil when the pairs in `pending` stand as written, which is almost always.
    mutating func resolveMapping(from start: Int) -> [Int32]? {
        guard needsResolving(pending[start...]) else { return nil }
        let flat = Array(pending[start...])
        var result: [Int32] = []
        result.reserveCapacity(flat.count)
        var seen: [String: Int32] = [:]
        var merges: [Int32] = []
        var pair = 0
        while pair + 1 < flat.count {
            let key = flat[pair], value = flat[pair + 1]
            pair += 2
            let record = records[Int(key)]
            guard record.kind == .scalar else { result += [key, value]; continue }
            let text = strings[Int(record.first)]
            // A merge key is a plain '<<' or one tagged '!!merge'; '!!str <<' is a key like any other.
            if record.style == .plain, text == "<<", record.tag < 0 || YAMLTag(strings[Int(record.tag)]) == .merge {
                merges.append(value)
                continue
            }
            if let first = seen[text] {
                let firstRecord = records[Int(first)]
                let at = location(key), firstAt = location(first)
                diagnostics.add(.error, at: at, site: #fileID, line: #line) {
                    .error(Message("yaml_duplicate_key", ["key": .text(Excerpt.of(text)), "line": .text(String(firstRecord.line)), "column": .text(String(firstRecord.column))]),
                           at: at, notes: [.note(Message("yaml_duplicate_key_first", ["key": .text(Excerpt.of(text))]), at: firstAt)])
                }
                continue
            }
            seen[text] = key
            result += [key, value]
        }
        for merge in merges {
            let sources = records[Int(merge)].kind == .sequence ? items(of: merge) : [merge]
            for source in sources {
                guard records[Int(source)].kind == .mapping else {
                    let at = location(source), what = describe(source)
                    diagnostics.add(.error, at: at, site: #fileID, line: #line) {
                        .error(Message("yaml_merge_not_mapping", ["found": .message(what), "merge": .text("<<"), "example": .text("<<: *defaults")]), at: at)
                    }
                    continue
                }
                let start = Int(records[Int(source)].first), count = Int(records[Int(source)].count)
                for offset in 0..<count {
                    let key = children[start + 2 * offset], value = children[start + 2 * offset + 1]
                    let keyRecord = records[Int(key)]
                    if keyRecord.kind == .scalar {
                        let text = strings[Int(keyRecord.first)]
                        if seen[text] != nil { continue }
                        seen[text] = key
                    }
                    result += [key, value]
                }
            }
        }
        return result
    }

    /// A quick scan for a merge key or a repeated key, without allocating: most mappings are small.
    private func needsResolving(_ flat: ArraySlice<Int32>) -> Bool {
        let pairs = flat.count / 2
        if pairs > 16 {
            // A cheap hash of each key's bytes rather than the strings themselves: a mapping may
            // hold a million keys. Two keys with one hash only send the mapping to `resolveMapping`,
            // which compares the keys themselves.
            var seen = Set<UInt64>(minimumCapacity: pairs)
            for offset in 0..<pairs {
                let record = records[Int(flat[flat.startIndex + 2 * offset])]
                guard record.kind == .scalar else { continue }
                var text = strings[Int(record.first)]
                if text == "<<" || !seen.insert(Self.fnv1a(&text)).inserted { return true }
            }
            return false
        }
        for i in 0..<pairs {
            let a = records[Int(flat[flat.startIndex + 2 * i])]
            guard a.kind == .scalar else { continue }
            let text = strings[Int(a.first)]
            if text == "<<" { return true }
            for j in (i + 1)..<max(i + 1, pairs) {
                let b = records[Int(flat[flat.startIndex + 2 * j])]
                if b.kind == .scalar, strings[Int(b.first)] == text { return true }
            }
        }
        return false
    }

    /// The 64-bit FNV-1a hash of a string's UTF-8 bytes.
    private static func fnv1a(_ text: inout String) -> UInt64 { FNV1a.hash64(&text) }

    private func items(of sequence: Int32) -> [Int32] {
        let record = records[Int(sequence)]
        return Array(children[Int(record.first)..<Int(record.first + record.count)])
    }

    private func describe(_ index: Int32) -> Message {
        switch records[Int(index)].kind {
        case .scalar: return Message("yaml_found_text", ["text": .text(Excerpt.of(strings[Int(records[Int(index)].first)]))])
        case .sequence: return Message("yaml_found_list")
        case .mapping: return Message("yaml_found_mapping")
        }
    }

    func location(_ index: Int32) -> SourceLocation {
        let r = records[Int(index)]
        return SourceLocation(file: source.path, line: Int(r.line), column: Int(r.column), length: Int(r.length))
    }
}

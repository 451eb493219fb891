/// The text of one source file, kept so diagnostics can quote the offending line.
///
/// Lines are counted as libyaml counts them, so a diagnostic quotes the line its
/// position points at: a line ends at LF, CR or CRLF, and also at NEL (U+0085),
/// LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029), which libyaml reads
/// as line breaks (as YAML 1.1 did; YAML 1.2 no longer does). CSV and iCalendar files are
/// counted as their readers count them: a record ends at LF (RFC 4180 and RFC 5545 end lines
/// with CRLF), so a lone CR or a U+2028 inside a cell does not shift the quoted line.
public struct SourceText: Sendable {
    /// Which bytes end a line: YAML's breaks, or line feeds only.
    public enum LineBreaks: Sendable {
        case yaml, lineFeed
    }

    public let path: String
    public let bytes: [UInt8]
    public let lineBreaks: LineBreaks
    private let lineStarts: [Int]
    /// No byte above 0x7F: a column is then a byte offset, which spares the printer walking a long line.
    let isASCII: Bool

    public init(path: String, bytes: [UInt8], lineBreaks: LineBreaks = .yaml) {
        self.path = path
        self.bytes = bytes
        self.lineBreaks = lineBreaks
        var starts = [0]
        var high: UInt8 = 0
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                // Only LF, CR, 0xC2 and 0xE2 can start a break; every other byte moves on at once.
                let byte = buffer[index]
                high |= byte
                guard byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2 else { index += 1; continue }
                let length = Self.lineBreakLength(in: bytes, at: index, lineBreaks)
                if length > 0 { index += length; starts.append(index) } else { index += 1 }
            }
        }
        lineStarts = starts
        isASCII = high & 0x80 == 0
    }

    /// The number of bytes of the line break at `index` (CRLF is one break of 2 bytes), or 0.
    static func lineBreakLength(in bytes: [UInt8], at index: Int, _ lineBreaks: LineBreaks) -> Int {
        if lineBreaks == .lineFeed {
            switch bytes[index] {
            case 0x0A: return 1
            case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 0
            default: return 0
            }
        }
        switch bytes[index] {
        case 0x0A: return 1
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// The same text with its lines counted another way.
    public func counting(_ lineBreaks: LineBreaks) -> SourceText {
        lineBreaks == self.lineBreaks ? self : SourceText(path: path, bytes: bytes, lineBreaks: lineBreaks)
    }

    /// Where a 1-based line starts, after the BOM on the first.
    func start(ofLine number: Int) -> Int? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        return number == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : lineStarts[number - 1]
    }

    /// The byte range of a 1-based line without its line break and without a BOM.
    func byteRange(ofLine number: Int) -> Range<Int>? {
        guard let start = start(ofLine: number) else { return nil }
        var end = start
        while end < bytes.count, Self.lineBreakLength(in: bytes, at: end, lineBreaks) == 0 { end += 1 }
        return start..<end
    }

    /// The text of a 1-based line without its line break and without a BOM.
    public func line(_ number: Int) -> String? {
        byteRange(ofLine: number).map { String(decoding: bytes[$0], as: UTF8.self) }
    }
}

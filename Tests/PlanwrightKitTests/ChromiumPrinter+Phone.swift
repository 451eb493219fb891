import Foundation

/// What `Fixtures/phone/measure.js` found on one page in a window a phone's width.
struct PhoneMeasurement: Decodable {
    /// The window's width in CSS pixels, and the page's: wider means the page scrolls sideways.
    let width: Double
    let scrollWidth: Double
    /// `main` elements and `role="main"` landmarks.
    let mains: Int
    /// The smallest size text is drawn at, in pixels (SVG text at its size on screen); nil when no text.
    let smallestFont: Double?
    /// The elements whose text is drawn under 12 px; those reaching past the window's edge, which
    /// widen the page; and those a box clips there, which the reader cannot scroll to.
    let small: [String]
    let wide: [String]
    let cut: [String]
    /// Boxes that scroll sideways but a keyboard cannot reach or a screen reader cannot name.
    let unreachable: [String]
}

extension ChromiumPrinter {
    /// An iPhone 12 to 15 in portrait, in CSS pixels.
    static let phoneWidth = 390, phoneHeight = 844

    /// Measures pages as a phone shows them, in one Chromium run: a copy of each page with the
    /// measuring script appended is framed at a phone's size on one host page (a frame is the
    /// window to its page: its media queries and layout see 390 px), each frame posts what it
    /// measured to the host, and Chromium's `--dump-dom` reads the host's text back. Keyed by
    /// the paths given; a page that reported nothing is missing.
    func phoneMeasurements(_ paths: [String]) throws -> [String: PhoneMeasurement] {
        let script = Fixtures.text("phone/measure.js")
        var frames = ""
        for path in paths {
            let page = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            let end = page.range(of: "</body>", options: .backwards)?.lowerBound ?? page.endIndex
            let copy = page[..<end] + "<script>\n\(script)</script>\n" + page[end...]
            try copy.write(to: folder.appendingPathComponent(path + ".phone.html"), atomically: true, encoding: .utf8)
            let source = (path + ".phone.html").addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            frames += "<iframe src=\"\(source)\" width=\"\(Self.phoneWidth)\" height=\"\(Self.phoneHeight)\" style=\"border:0;display:block\"></iframe>\n"
        }
        let host = folder.appendingPathComponent("phone.html")
        try """
            <!DOCTYPE html>
            <html><body style="margin:0"><pre id="results"></pre>
            <script>
            var lines = [];
            addEventListener("message", function (event) {
              lines.push(event.data);
              document.getElementById("results").textContent = lines.join("\\n");
            });
            </script>
            \(frames)</body></html>
            """.write(to: host, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        // Virtual time waits for every frame to load and report, without waiting in real time.
        process.arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                             "--window-size=\(Self.phoneWidth),\(Self.phoneHeight)", "--virtual-time-budget=10000",
                             "--user-data-dir=\(folder.appendingPathComponent(".chromium").path)",
                             "--dump-dom", host.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        // The script writes plain ASCII JSON, one page a line, which the DOM's text keeps as it is.
        guard let results = dom.firstMatch(of: /<pre id="results">([^<]*)<\/pre>/)?.1 else { return [:] }
        struct Line: Decodable { let page: String }
        var measured: [String: PhoneMeasurement] = [:]
        for line in results.split(separator: "\n") {
            let data = Data(line.utf8)
            let served = try JSONDecoder().decode(Line.self, from: data).page.removingPercentEncoding ?? ""
            guard let path = paths.first(where: { served.hasSuffix("/" + $0) }) else { continue }
            measured[path] = try JSONDecoder().decode(PhoneMeasurement.self, from: data)
        }
        return measured
    }
}

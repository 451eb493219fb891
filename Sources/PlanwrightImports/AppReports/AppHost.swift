/// The host of an app's address, by which a report's row and a plan's tool are the same app
/// whatever their names: "https://www.Seesaw.me/login" and "seesaw.me" are both `seesaw.me`.
enum AppHost {
    static func of(_ url: String) -> String? {
        var rest = Substring(url.trimmingCSVSpaces.lowercased())
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        // Where the host ends: the path, the query, the fragment, or a port.
        let host = rest.prefix { !"/?#:".contains($0) }
        let bare = host.hasPrefix("www.") ? host.dropFirst(4) : host
        // A word with no dot ("Google Classroom" in a URL column) is no address.
        return bare.contains(".") && !bare.contains(" ") ? String(bare) : nil
    }
}

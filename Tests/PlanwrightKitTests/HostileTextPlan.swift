/// A plan whose text tries to act on a terminal (ESC sequences, BEL, a bare CR) or to break out
/// of Markdown (a `|` and a line break in a title, raw HTML, a `javascript:` link, emphasis, text
/// GitHub would autolink), or to widen a phone's page (a long URL and a long unbroken word).
/// The YAML escapes (`\e`, `\a`, `\r`) make the characters; the file itself holds none.
enum HostileTextPlan {
    static let controls = "\u{1B}[31m\u{07}\r"

    static let yaml = #"""
        planwright: 1
        district: { name: "Evil \e[31mRed\a District\rX", vision: "Learn **well** <script>alert(1)</script> [go](javascript:alert(1))", team: [{ name: Ann Lee, role: Grade 3 Teacher }, { name: "Dana \e[5m\r", role: District Office }, { name: "Pat | Lee", role: District Office }] }
        framework: edtech-systems
        year: { start: 2026-08-24, end: 2027-06-11, early_release: wednesday }
        assessment: { date: 2026-05-14, ratings: { shared-vision: { current: 2, target: 3, evidence: "*seen* <img src=x onerror=alert(5)>" } } }
        schools: [{ id: north, name: "North <img src=x onerror=alert(1)> \e[2J\a\r" }]
        staff: [{ id: s1, name: "Ann \e]0;pwned\a Lee\r", school: north, comfort: 4, champion: yes }, { id: s2, name: "Bo \e[31mDiaz", school: north, comfort: 2 }]
        goals:
          - id: g
            title: "a | b\nc \e[31m\a\r"
            owner: "Dana \e[5m\r"
            description: "Some *real* text <b>bold</b> and [a link](javascript:alert(2))\n\n<div onclick=alert(3)>hi</div>\n"
            indicators: [shared-vision]
            measures: [{ name: "Use \e[31m\a", unit: "% \r", baseline: 1, target: 5, observations: [{ date: 2026-09-01, value: 2 }] }]
            milestones:
              - { id: m1, title: "[x](javascript:alert(1)) *bold* \e[31m\a\r", days: 5 }
              - { id: m2, title: "1. # > - + heading", days: 3, after: m1 }
              - { id: m3, title: "cell | break\nout\r| here", owner: "Pat | Lee", days: 2 }
              - { id: m4, title: "Log in at www.evil.example/reset or https://evil.example/x, then call the help desk", days: 1, after: m3 }
              - { id: m5, title: "Ask at https://evil.example/families/help/chromebook-repairs-and-hotspot-loans?school=north&year=2026 for Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetrieb", days: 1, after: m4 }
        """#
}

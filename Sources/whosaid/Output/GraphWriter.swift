import Foundation
import KnowledgeBase

/// Writes the network in the two formats graph tools read: Graphviz DOT (draw it
/// with `dot -Tsvg`) and GraphML (open it in Gephi, yEd, NetworkX).
enum GraphWriter {
    /// Shapes by kind, so people, organisations and countries read apart at a glance.
    static let shapes = ["person": "ellipse", "organization": "box", "country": "hexagon", "place": "house", "unknown": "plaintext"]

    static func dot(_ network: Network) -> String {
        var out = "digraph whosaid {\n"
        out += "  graph [rankdir=LR, overlap=false, splines=true, fontname=\"Helvetica\"];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=11];\n  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n"
        for n in network.nodes {
            out += "  a\(n.id) [label=\(dotString(n.name)), shape=\(shapes[n.kind] ?? "ellipse"), kind=\(dotString(n.kind))];\n"
        }
        let heaviest = max(1, network.edges.map(\.statements).max() ?? 1)
        for e in network.edges {
            let width = 1.0 + 3.0 * Double(e.statements) / Double(heaviest)
            out += "  a\(e.speaker) -> a\(e.target) [label=\"\(e.statements)\", weight=\(e.statements), penwidth=\(String(format: "%.1f", width))];\n"
        }
        return out + "}"
    }

    static func graphML(_ network: Network) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="said" for="node" attr.name="statements_made" attr.type="int"/>
              <key id="about" for="node" attr.name="statements_about" attr.type="int"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
              <graph id="whosaid" edgedefault="directed">

            """
        for n in network.nodes {
            out += "    <node id=\"a\(n.id)\"><data key=\"label\">\(xml(n.name))</data><data key=\"kind\">\(xml(n.kind))</data>"
            out += "<data key=\"said\">\(n.said)</data><data key=\"about\">\(n.spokenAbout)</data></node>\n"
        }
        for (i, e) in network.edges.enumerated() {
            out += "    <edge id=\"e\(i)\" source=\"a\(e.speaker)\" target=\"a\(e.target)\"><data key=\"weight\">\(e.statements)</data></edge>\n"
        }
        return out + "  </graph>\n</graphml>"
    }

    /// A quoted DOT string; control characters shown as pictures, as in tables (the
    /// output may well be read on a terminal).
    static func dotString(_ s: String) -> String {
        var out = "\""
        for c in VisibleControls.render(s) {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out + "\""
    }

    static func xml(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // XML 1.0 has no way to write most control characters.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

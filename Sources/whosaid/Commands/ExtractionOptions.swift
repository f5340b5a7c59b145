import ArgumentParser
import Extraction
import Foundation

/// `--gazetteer FILE`, for every command that extracts: the user's own actors (people,
/// organisations, countries with demonyms and capitals) on top of the shipped ones.
struct ExtractionOptions: ParsableArguments {
    @Option(name: .customLong("gazetteer"), help: ArgumentHelp(
        "A gazetteer of your own (repeatable): TAB-separated lines of kind, name, aliases (a|b), and for a country demonyms and capitals.",
        valueName: "file"))
    var gazetteers: [String] = []

    @Flag(name: .customLong("no-judge"), help: "Keep every attribution the rules propose: leave out the learned judge (to see what it drops).")
    var noJudge = false

    @Option(name: .customLong("judge-threshold"), help: ArgumentHelp(
        "Keep an attribution of reported speech only when the judge scores it above this (default \(AttributionModel.defaultThreshold); higher: fewer and surer).",
        valueName: "score"))
    var judgeThreshold: Double?

    func validate() throws {
        if noJudge && judgeThreshold != nil { throw ValidationError("--judge-threshold sets the judge that --no-judge leaves out: give one of them") }
        if let t = judgeThreshold, !t.isFinite { throw ValidationError("--judge-threshold wants a number") }
    }

    /// The extractor with the user's gazetteers loaded, or a one-line error naming the file.
    func extractor(ablation: Ablation = .none) throws -> Extractor {
        var lexicon = Lexicon.standard
        for path in gazetteers {
            guard let data = FileManager.default.contents(atPath: path) else {
                Terminal.error("\(path): cannot read the gazetteer (no such file, or not readable)")
                throw ExitCode.failure
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                Terminal.error("\(path): the gazetteer is not valid UTF-8")
                throw ExitCode.failure
            }
            do {
                lexicon = try lexicon.adding(gazetteer: text, file: path)
            } catch {
                Terminal.error("\(error)")
                throw ExitCode.failure
            }
        }
        var judge = noJudge ? nil : AttributionModel.standard
        if let t = judgeThreshold { judge?.threshold = t }
        return Extractor(lexicon: lexicon, attributionModel: judge, ablation: ablation)
    }
}

import CFolderExchange
import FoundationEssentials
import Glibc

/// Writes a build's files into its output folder all at once: everything is written to a new folder
/// beside the destination, which then takes the destination's place in one atomic exchange. At every
/// moment the destination holds one complete build; a build that fails leaves the last good editions
/// exactly as they were; and a folder that Broadside did not make is never replaced (`OutputFolder`).
public enum EditionWriter {
    /// The steps of a write that can fail, named so that tests can make each one fail and check that
    /// what the build then says about the output folder is true.
    enum Step: CaseIterable {
        case makeStaging, writeFiles, swap, removePrevious
    }

    /// Replaces the contents of `folder` with `files`. Returns an error when it refuses or fails (the
    /// folder is then as it was), or a warning when the new editions are in place but the previous
    /// ones could not be removed.
    public static func write(_ files: [OutputFile], to folder: String) -> Diagnostic? {
        write(files, to: folder, failingAt: nil)
    }

    /// Puts right what interrupted builds left beside `folder` (`OutputFolder.recoverInterruptedBuilds`),
    /// so that even a build that then fails finds the last good editions in place. Does nothing to a
    /// folder that may not be written to.
    public static func recoverInterruptedBuilds(of folder: String) {
        guard case .success(let destination) = OutputFolder.resolve(folder),
            OutputFolder.refusal(for: destination, named: folder) == nil
        else { return }
        OutputFolder.recoverInterruptedBuilds(of: destination)
    }

    static func write(_ files: [OutputFile], to folder: String, failingAt fault: Step?) -> Diagnostic? {
        let destination: URL
        switch OutputFolder.resolve(folder) {
        case .failure(let refusal): return refusal
        case .success(let resolved): destination = resolved
        }
        if let refusal = OutputFolder.refusal(for: destination, named: folder) { return refusal }
        OutputFolder.recoverInterruptedBuilds(of: destination)

        var staging: Staging
        switch Staging.make(beside: destination, failing: fault == .makeStaging) {
        case .failure(let error): return unchanged(error, writing: folder)
        case .success(let made): staging = made
        }
        do {
            try staging.fill(with: files, failing: fault == .writeFiles)
            try staging.swap(into: destination, failing: fault == .swap)
        } catch let error as Staging.StrandedPrevious {
            staging.discard()
            return .error(
                "could not write the editions: \(FileSystemError.describe(error.cause))", at: .wholeFile(folder),
                notes: [
                    Diagnostic.Note(
                        "the last good editions could not be put back: they are in \(error.previous.path), and the next build restores them"
                    )
                ])
        } catch {
            staging.discard()
            return unchanged(error, writing: folder)
        }
        do {
            try staging.removePrevious(failing: fault == .removePrevious)
        } catch {
            return .warning(
                "the new editions are in place, but the previous build's files could not be removed: \(FileSystemError.describe(error))",
                at: .wholeFile(folder),
                notes: [
                    Diagnostic.Note(
                        "they are in \(staging.previous.path); the next build removes them, or remove that folder yourself"
                    )
                ])
        }
        return nil
    }

    /// What a build says when the editions could not be written into `folder`, which is as it was.
    private static func unchanged(_ error: Error, writing folder: String) -> Diagnostic {
        .error(
            "could not write the editions: \(FileSystemError.describe(error))", at: .wholeFile(folder),
            notes: [Diagnostic.Note("the editions of the last good build, if any, are unchanged")])
    }
}

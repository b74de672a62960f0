import FoundationEssentials
import Glibc

/// A failure of the file system, described as a person can act on it: the path, and the C library's
/// words for what went wrong (`dist/site: Permission denied`).
struct FileSystemError: Error, CustomStringConvertible {
    let description: String

    init(description: String) {
        self.description = description
    }

    /// The failure `errno` names, on `path`.
    init(path: String, code: Int32 = errno) {
        description = "\(path): \(String(cString: strerror(code)))"
    }

    /// Any error a write gave: FileManager's name the path and the system's error under them.
    static func describe(_ error: Error) -> String {
        switch error {
        case let error as FileSystemError:
            return error.description
        case let error as CocoaError:
            let reason = (error.underlying as? POSIXError).map { String(cString: strerror($0.code.rawValue)) }
            switch (error.filePath, reason) {
            case let (path?, reason?): return "\(path): \(reason)"
            case (nil, let reason?): return reason
            case (let path?, nil): return "\(path): error \(error.code.rawValue)"
            case (nil, nil): return "error \(error.code.rawValue)"
            }
        case let error as POSIXError:
            return String(cString: strerror(error.code.rawValue))
        default:
            return String(describing: error)
        }
    }
}

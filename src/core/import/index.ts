// Importing a briefing: pure steps from a file's bytes (read by the format's own library) to a Course.
export { ImportError, describeImportError, MAX_IMPORT_BYTES, type ImportProblem } from './errors';
export { detectFormat, decodeText, type ImportFormat } from './detect';
export { cleanDocument, type ExtractedDocument, type CleanDocument } from './pipeline';
export { removeFurniture, isFurniture, dropRunningLines, rejoinLines, htmlToMarkdown, textToMarkdown } from './clean';
export { splitLessons, wordCount, type Section, type SplitDocument } from './split';
export { buildCourse, glossaryOf, keyPointsOf, findDocumentDate, importedCourseId, type BuiltCourse, type ImportSource } from './build';
export { ankiNotes, ankiGuid, toAnkiTsv, toQuestionCsv, type AnkiNote } from './anki';

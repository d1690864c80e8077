import CatalogueModel
import CatalogueStorage

extension English {
    /// One switch over every message, so the compiler proves the table complete.
    static func message(_ message: Message) -> String {
        switch message {
        case .unknownCommand(let word): return "unknown command '\(word)'"
        case .unknownOption(let name): return "unknown option '\(name)'"
        case .unknownSubcommand(let group, let word, let choices):
            return "unknown \(group == "help" ? "command" : "kind") '\(word)': use \(choices.joined(separator: ", "))"
        case .missingSubcommand(_, let argument): return "missing \(argument)"
        case .missingArgument(let name): return "missing \(name)"
        case .unexpectedArgument(let word): return "unexpected argument '\(word)'"
        case .givenTwice(let option): return "'\(option)' is given twice; give it once"
        case .takesNoValue(let option): return "'\(option)' takes no value"
        case .needsValue(let option, let valueName): return "'\(option)' needs a value: \(option) \(valueName)"
        case .unknownKind(let word): return "unknown kind '\(word)': use department, employee, task or area"
        case .wrongLanguage(let value): return "--language must be da (Danish) or en (English), not '\(value)'"
        case .argumentNotUTF8(let option, let position, let byte):
            let what = option.map { "the value of \($0)" } ?? "argument \(position)"
            return "\(what) is not UTF-8 text (at byte \(byte)); nothing was done. Type it again, or set the terminal to UTF-8"
        case .noHelpFor(let command, let word): return "'\(command)' has no '\(word)'; see 'catalogue help \(command)'"
        case .nothingToChange: return "Nothing to change: the catalogue already says so."
        case .dryRunSummary(let files):
            return "Dry run: nothing was written. Without --dry-run, \(files) \(files == 1 ? "file" : "files") would change."
        case .created(let path): return "Created \(path)"
        case .changed(let path): return "Changed \(path)"
        case .deleted(let path): return "Deleted \(path)"
        case .renamed(let from, let to): return "Renamed \(from) → \(to)"
        case .removedLeftover(let path): return "removed \(path), left behind by an interrupted run"
        case .refusedUnreadFolders:
            return "nothing was changed: part of the catalogue could not be read (above). Fix that first, then run the command again."
        case .refusedDamagedFiles(let files):
            return "nothing was changed: the change would rewrite \(files.joined(separator: ", ")), which \(files.count == 1 ? "has" : "have") errors (above). Fix \(files.count == 1 ? "it" : "them") first: rewriting a file that could not be read whole would lose what could not be read."
        case .refusedErrors(let count):
            return "nothing was changed: the change would give the catalogue \(count) \(count == 1 ? "error" : "errors") (above)."
        case .checked(let place, let departments, let employees, let tasks, let areas, let errors, let warnings, let accepted):
            let found = "\(plural(errors, "error")), \(plural(warnings, "warning"))"
            let more = accepted == 0 ? "" : " (and \(accepted) accepted, shown with --all)"
            return "Checked \(place): \(plural(departments, "department")), \(plural(employees, "employee")), \(plural(tasks, "task")), \(plural(areas, "area")); \(found)\(more)."
        case .missingRequiredOptions(let kind, let missing, let all):
            return "missing \(and(missing)): a new \(kind.rawValue) needs \(and(all))"
        case .cannotBeAnID(let text, let problem, let suggested):
            return "'\(text)' cannot be an id: \(idProblem(problem)) (such as '\(suggested)')"
        case .renameNotAnID(let text, let problem, let suggested, let kind, let typed):
            return "'\(text)' cannot be an id: \(idProblem(problem)) (such as '\(suggested)'). To change the \(kind == .task ? "title" : "name") people see, use 'catalogue set \(kind.rawValue) \(typed) \(kind == .task ? "--title" : "--name") \"\(text)\"'"
        case .sameNameExists(let kind, let name, let id):
            return "there is already \(article(kind)) \(kind.rawValue) called \(name) (\(id)); nothing was added. Change that one with 'catalogue set \(kind.rawValue) \(id)', or, if this is someone else with the same name, give the new id yourself: 'catalogue add \(kind.rawValue) ID ...'"
        case .idTaken(let kind, let id, let name):
            return "there is already \(article(kind)) \(kind.rawValue) '\(id)' (\(name)); choose another id, or change it with 'catalogue set \(kind.rawValue) \(id)'"
        case .idFileHasErrors(let path): return "\(path) already exists (and has errors); choose another id, or fix or delete that file"
        case .idMadeFrom(let id, let kind):
            return "The id '\(id)' was made from the \(kind == .task ? "title" : "name"); to choose another, give it after '\(kind.rawValue)' or rename it with 'catalogue rename \(kind.rawValue) \(id) NEW-ID'."
        case .nothingChangedTypedValue: return "nothing was changed."
        case .emptyValue(let option):
            return "\(option) is given an empty value; to remove the field, use --unset \(option.dropFirst(2))"
        case .noSuchSetting(let name): return "--unset: there is no setting '\(name)'"
        case .noSuchField(let kind, let name): return "--unset: \(article(kind)) \(kind.rawValue) has no field '\(name)'"
        case .requiredCannotBeUnset(let option, let key, let replacement):
            return "\(option): \"\(key)\" is required and cannot be removed\(replacement.map { "; give a new value with \($0) instead" } ?? "")"
        case .nameAFieldToChange(let example, let command):
            return "name at least one field to change, such as \(example) (see 'catalogue \(command) --help')"
        case .wrongRole(let role): return "--as must be primary or backup, not '\(role)'"
        case .roleWithoutAdd(let role):
            return "--as says where a person added with --add-responsible goes; add them with --add-responsible ID --as \(role)"
        case .alreadyInList(let key, let value): return "\"\(key)\" already holds \(value); not added again."
        case .notInList(let option, let text, let key, let kind, let id, let held):
            let holds = held.isEmpty ? "the list is empty" : "it holds \(held.joined(separator: ", "))"
            return "\(option) \(text): \"\(key)\" of \(kind.rawValue) '\(id)' does not hold it (\(holds)); nothing was changed"
        case .notAChoiceOption(let option, let text, let choices):
            return "\(option) must be one of \(choices.joined(separator: ", ")), not '\(text)'"
        case .notTrueOrFalse(let option, let text): return "\(option) must be true or false, not '\(text)'"
        case .notAWholeNumberOption(let option, let text): return "\(option) must be a whole number such as 10, not '\(text)'"
        case .linkNeedsTitleAndAddress(let option):
            return "\(option) takes a title and an address as TITLE=URL, such as \"Søg om byggetilladelse=https://www.bygogmiljoe.dk\""
        case .acceptNeedsCodeAndReason(let option):
            return "\(option) takes a warning's code and the reason as CODE=REASON, such as \"no-backup=one person in the department\""
        case .entryHasErrors(let path, let kind):
            return "\(path) exists but has errors (above), so the \(kind.rawValue) cannot be used; fix the file first"
        case .nameFitsSeveral(let query, let count, let kind): return "'\(query)' fits \(count) \(kind.folder) (above); name one by its id"
        case .noEntryNamed(let kind, let query): return "no \(kind.rawValue) has the id or name '\(query)'"
        case .noEntry(let kind, let id, let path): return "there is no \(kind.rawValue) '\(id)' (no \(path))"
        case .partialNameOnly(let kind, let query):
            let whole = kind == .task ? "full title" : "full name"
            return "'\(query)' is neither the id nor the \(whole) of \(article(kind)) \(kind.rawValue); nothing was changed. Name it by its id or its \(whole)"
        case .tookName(let name, let kind, let id): return "'\(name)' is the \(kind.rawValue) \(id)"
        case .successorIsTheSame(let kind): return "--reassign-to names the \(kind.rawValue) being removed; name its successor"
        case .reassignToForTask: return "--reassign-to does not apply to tasks: nothing refers to a task"
        case .stillReferred(let kind, let id, let name, let references, let example):
            return "\(article(kind)) \(kind.rawValue) that others refer to is not removed: \(id) (\(name)) is named by \(counted(references)) (above). Name who takes over with --reassign-to, e.g. 'catalogue remove \(kind.rawValue) \(id) --reassign-to \(example)', or change those entries first."
        case .referredBy(let path, let role): return "  \(path): \(roleText(role))"
        case .gaveTo(let references, let from, let fromName, let to, let toName):
            return "Gave \(counted(references)) of \(fromName) (\(from)) to \(toName) (\(to))."
        case .leaverWasDeputy(let leaver, let leaverName, let heir, let heirName, let newDeputy, let newDeputyName):
            if let newDeputy, let newDeputyName {
                return "Note: \(leaverName) (\(leaver)) was the deputy of \(heirName) (\(heir)), whose deputy is now \(newDeputyName) (\(newDeputy)); change it with 'catalogue set employee \(heir) --deputy ID'."
            }
            return "Note: \(leaverName) (\(leaver)) was the deputy of \(heirName) (\(heir)), who now has no deputy; give them one with 'catalogue set employee \(heir) --deputy ID'."
        case .missingTo: return "missing --to ID: the person who takes over"
        case .allFromWithTask: return "--all-from reassigns every task of a person; leave out 'task ID' and --from"
        case .nameTaskOrAll: return "name the task ('reassign task ID --to B'), or all of a person's tasks ('reassign --all-from A --to B')"
        case .allFromIsTo: return "--all-from and --to name the same person"
        case .notResponsible(let typed, let task, let people):
            return "\(typed) is not responsible for task '\(task)' (its people: \(people.isEmpty ? "none" : people.joined(separator: ", "))); nothing was changed"
        case .nobodyResponsible(let task):
            return "task '\(task)' has nobody responsible to hand it over; add someone with 'catalogue set task \(task) --add-responsible ID'"
        case .alreadyHoldsPlace(let name, let id): return "Nothing to change: \(name) (\(id)) already holds the task in that place."
        case .nameAwayAndCover: return "name the employee and the colleague who covers: 'catalogue away ID --cover ID [--from DATE] [--until DATE]'"
        case .nameWhoIsBack: return "name the employee who is back: 'catalogue back ID'"
        case .awayRecorded(let name, let id, let from, let until, let cover, let coverID):
            return "\(name) (\(id)) is away \(English.period(from, until)); \(cover) (\(coverID)) covers."
        case .backRecorded(let name, let id): return "\(name) (\(id)) is back; the absence is removed."
        case .notAway(let name, let id): return "Nothing to change: \(name) (\(id)) has no absence recorded."
        case .takesOver(let name, let id, let task, let from, let primary):
            return "\(name) (\(id)) takes over task '\(task)' from \(from) as \(primary ? "primary person" : "backup")."
        case .alreadyHeldSoRemoved(let name, let id, let task, let from, let primary):
            return "\(name) (\(id)) already holds task '\(task)' as \(primary ? "primary person" : "backup") and keeps that place; \(from) is taken off the task."
        case .alreadyCalled(let kind, let id): return "Nothing to change: the \(kind.rawValue) is already called '\(id)'."
        case .updatedReferences(let references, let id): return "Updated \(counted(references)) that named '\(id)'."
        case .cannotMove(let word): return "cannot move '\(word)': move an employee, a task or a department"
        case .moveOptionNotFor(let option, let kind, let allowed):
            return "\(option) does not apply to \(kind.folder); use \(allowed.map { "--\($0)" }.joined(separator: " or "))"
        case .sayWhereTo(let allowed): return "say where to: \(allowed.map { "--\($0) ID" }.joined(separator: " or "))"
        case .moved(let name, let id, let to, let toID): return "Moved \(name) (\(id)) to \(to) (\(toID))."
        case .notCanonical(let files):
            return "\(plural(files, "file")) not in canonical form; run 'catalogue fmt' to rewrite \(files == 1 ? "it" : "them")."
        case .formatted(let path): return "Formatted \(path)"
        case .damagedNotRewritten(let files):
            return "\(plural(files, "file")) with errors \(files == 1 ? "was" : "were") not rewritten, so nothing in \(files == 1 ? "it" : "them") is lost; fix the errors above, then run 'catalogue fmt' again."
        case .allCanonical(let others): return "All \(others ? "other " : "")files are already in canonical form."
        case .noCatalogueFound:
            return "no catalogue found: neither this folder, a folder above it, nor ./catalogue holds \(settingsFileName). Name one with --catalogue DIR, or start one with 'catalogue init DIR --organisation NAME'."
        case .catalogueFolderMissing(let given): return "the catalogue folder '\(given)' does not exist"
        case .catalogueFolderUnreadable(let given, let reason): return "the catalogue folder '\(given)' cannot be read (\(reason))"
        case .catalogueIsAFile(let given): return "'\(given)' is a file; --catalogue names the catalogue's folder"
        case .klePlanUnreadable(let path, let reason): return "the KLE plan '\(path)' cannot be read (\(reason))"
        case .klePlanNotAFile(let path): return "'\(path)' is not a KLE plan: --kle-plan names a file in OS2KLE's format (OS2KLE.txt)"
        case .klePlanNoTopics(let path): return "'\(path)' holds no KLE topics in OS2KLE's format (KLENummer='09.13.01':KLETitel='…'); name the file OS2KLE.txt"
        case .klePlanBadChanges(let path): return "'\(path)' beside the KLE plan is not OS2KLE's change.json; fix or remove it"
        case .kleNotANumber(let text): return "'\(text)' is not a KLE number: write NN, NN.NN or NN.NN.NN, such as 09.13.01"
        case .kleNotInPlan(let number, let plan, let nearest):
            return "the KLE plan (\(plan)) has no \(number)" + (nearest.isEmpty ? "" : "; the nearest: " + nearest.map { "\($0.number) \($0.title)" }.joined(separator: "; "))
        case .kleRetired(let number, let version): return "\(number) was retired from the KLE plan in version \(version); find a new number for the task with 'catalogue kle suggest TASK'"
        case .catalogueInside(let given, let inner): return "'\(given)' is not a catalogue, but it holds one in '\(inner)'; use --catalogue \(inner)"
        case .folderInsideCatalogue(let given, let catalogue):
            return "'\(given)' is a folder inside the catalogue '\(catalogue)'; name the catalogue's own folder: --catalogue \(catalogue)"
        case .notACatalogue(let given):
            return "'\(given)' is not a catalogue: it holds no \(settingsFileName). Start one with 'catalogue init \(given) --organisation NAME'."
        case .listUnknownKind(let word): return "unknown kind '\(word)': use departments, employees, tasks or areas"
        case .areaFilterOnlyForTasks: return "--area only applies to tasks"
        case .departmentFilterNotForAreas: return "--department does not apply to areas"
        case .mayBeMissing: return "entries with the errors above may be missing; run 'catalogue check' for the whole picture."
        case .noWordToSearch: return "TEXT holds no word to search for"
        case .showEntryHasErrors(let path, let kind, let id): return "\(path) exists but has errors, so the \(kind.rawValue) '\(id)' cannot be shown:"
        case .fixAndTryAgain(let path): return "Fix the errors above in \(path) and try again."
        case .nameMatchesSeveral(let query, let count, let kind): return "'\(query)' matches \(count) \(kind.folder); name one by its id:"
        case .unknownPublication(let what): return "unknown publication '\(what)': use internal, external, switchboard, all, vcard or pdf"
        case .wrongEngine(let name): return "--engine must be weasyprint or chromium, not '\(name)'"
        case .engineOnlyForPDF: return "--engine only applies to 'export pdf'"
        case .unknownProfile(let name, let choices): return "unknown phone system '\(name)' for --profile: use \(choices.joined(separator: ", "))"
        case .profileNotPublished(let publication, let profile):
            return "--profile writes the switchboard's staff directory, which 'export \(publication)' does not publish; use 'export switchboard --profile \(profile)'"
        case .outNeedsFolder: return "--out needs a folder name, such as --out ../udgivelse"
        case .badDate(let option, let text): return "\(option) must be a valid date written YYYY-MM-DD, such as 2026-11-22 (not '\(text)')"
        case .exportRefused(let errors):
            return "nothing was exported: the catalogue has \(plural(errors, "error")) (above). Fix \(errors == 1 ? "it" : "them"), then run 'catalogue check' to confirm."
        case .catalogueHasWarnings(let count): return "the catalogue has \(plural(count, "warning")); 'catalogue check' lists them."
        case .outputInsideCatalogue(let folder, let catalogue):
            let insideWhat = catalogue.map { "the catalogue \($0.hasSuffix("/") ? String($0.dropLast()) : $0)" } ?? "this folder, which is the catalogue"
            return "the output folder '\(folder)' is inside \(insideWhat); the publications must not be written into the catalogue, so name a folder outside it with --out, e.g. --out ../udgivelse"
        case .wrote(let path, let size): return "Wrote \(path) (\(size))"
        case .wrotePDF(let path, let size, let engine, let seconds): return "Wrote \(path) (\(size), printed by \(engine) in \(seconds) s)"
        case .couldNotPrint(let path, let reason): return "could not print \(path): \(reason)"
        case .couldNotWrite(let path, let reason): return "could not write \(path): \(reason)"
        case .noPDFEngine(let wanted):
            let weasy = "WeasyPrint ('pip install weasyprint', or on Debian and Ubuntu 'sudo apt-get install weasyprint'; it gives page numbers in the contents)"
            let chromium = "Chromium ('sudo apt-get install chromium', or Google Chrome)"
            switch wanted {
            case "weasyprint"?: return "WeasyPrint is not installed: install \(weasy)"
            case "chromium"?: return "Chromium is not installed: install \(chromium)"
            default: return "no program to print the PDF with was found: install \(weasy), or \(chromium). Or open internal.html in a browser and print it to PDF (A4)."
            }
        case .cannotApply(let error, let prefix): return apply(error, prefix)
        case .cannotLock(let error, let prefix): return lock(error, prefix)
        case .cannotReadInput(let error): return input(error)
        case .cannotCompleteJournal(let error, let prefix): return journal(error, prefix)
        case .completedInterruptedChange(let place, let completed, let total):
            return "completed a change that an interrupted run left half-made in \(place.isEmpty ? "this folder" : place) (\(completed) of its \(plural(total, "file")) still to do)"
        case .descriptionNotUTF8(let source, let byte): return "the description in '\(source)' is not UTF-8 text (at byte \(byte)); save it as UTF-8"
        case .editCannotRead(let path): return "cannot read \(path)"
        case .editNoCopy(let folder, let reason): return "could not make a copy to edit in \(folder): \(reason)"
        case .editorFailed(let editor, let status):
            return "the editor '\(editor)' ended with status \(status); nothing was changed. Set VISUAL or EDITOR to the editor you use, e.g. EDITOR=nano."
        case .editUnchanged(let path): return "No change: \(path) is as it was."
        case .editSaysTheSame(let path): return "No change: \(path) says the same as before."
        case .editAgain(let problems): return "The entry has \(plural(problems, "problem")) (above). Edit again? [Y/n] "
        case .editDiscarded(let path): return "discarded: \(path) is unchanged."
        case .editCopyKept(let path): return "Your edited copy is kept in \(path): take your changes from it once the cause above is dealt with."
        case .initEmptyFolder: return "DIR must not be empty: name the folder to create the catalogue in"
        case .initMissingOrganisation: return "missing --organisation NAME: the organisation's name for the cover and the web page"
        case .initRefused(let error, let folder):
            switch error {
            case .holdsACatalogue: return "'\(folder)' already holds a catalogue; nothing was changed"
            case .holdsOtherFiles(let names):
                let shown = names.prefix(3).map { "\(folder)/\($0)" }.joined(separator: ", ") + (names.count > 3 ? " and \(names.count - 3) more" : "")
                return "'\(folder)' already holds \(shown), which a catalogue may not; nothing was changed. Start the catalogue in a new or empty folder"
            case .invalidSettings(let count):
                return "--organisation would give catalogue.json \(count == 1 ? "an error" : "\(count) errors") (above); give the name on one line"
            }
        case .initCannotCreate(let folder, let error): return "could not create the catalogue in '\(folder)': \(apply(error, folder + "/"))"
        case .initCreated(let organisation, let folder): return "Created an empty catalogue for \(organisation) in \(folder)."
        case .initNext(let folder):
            return "Next: add departments, employees, tasks and areas (see the README), then run 'catalogue check --catalogue \(folder)'."
        case .pipelineExists(let path, let host):
            return "\(path) exists and is not overwritten; merge the new pipeline by hand: 'catalogue pipeline \(host) --print' shows it"
        case .pipelineWritten(let path, let host, let variable):
            return "Wrote \(path). Commit and push it" + (variable ? "; set the \(host == "github" ? "repository variable" : "CI/CD variable") CATALOGUE_ARCHIVE_URL to the address of the tool's release archive (make dist)" : "") + (host == "github" ? ", and choose \"GitHub Actions\" as the source of Pages." : ".")
        case .notInGit(let place):
            return "the catalogue \(place.isEmpty ? "here" : place) is not in a git repository, and editions are kept in git; run 'git init' in its folder, commit it ('git add -A', 'git commit'), then try again"
        case .gitFailed(let command, let reason): return "'\(command)' failed: \(reason)"
        case .emptyLabel: return "the edition's label is empty; give it as it is printed on the cover, e.g. \"2027, 1. udgave\""
        case .editionTagExists(let tag):
            return "the edition \(tag) exists already; give the new edition another label, or see the editions with 'catalogue edition list'"
        case .editionRefusedErrors(let count):
            return "the catalogue has \(plural(count, "error")) (see above) and is not published as an edition; fix \(count == 1 ? "it" : "them") first"
        case .uncommittedChanges(let files):
            return "the catalogue has changes that are not committed (\(files.prefix(5).joined(separator: ", "))\(files.count > 5 ? ", …" : "")); add --commit to commit them with the edition, or commit them yourself first"
        case .editionLabelNotCommitted(let current, let label):
            return "catalogue.json says the edition is \"\(current)\"; add --commit to set \"\(label)\" and commit it, or publish the edition as \"\(current)\""
        case .editionCommitted(let label, let commit): return "Committed the catalogue as \"\(label)\" (commit \(commit))."
        case .editionPublished(let label, let tag): return "Published the edition \"\(label)\" as the git tag \(tag)."
        case .noEditions: return "No edition has been published yet; publish one with 'catalogue edition publish LABEL'."
        case .noEditionToCompare:
            return "no edition has been published yet to compare with; name a revision with --since (a commit, a tag or a branch), or publish one with 'catalogue edition publish LABEL'"
        case .unknownRevision(let revision):
            return "'\(revision)' names no edition or revision in git; see the editions with 'catalogue edition list' (or a commit with 'git log')"
        case .earlierHasErrors(let revision, let errors):
            return "the catalogue as of \(revision) has \(plural(errors, "error")); the entries that could not be read are compared as missing"
        case .oneFormat(let options): return "\(and(options)) cannot be given together; choose one"
        case .pdfMissing(let path, let folder):
            return "there is no \(path) to attach; print it first with 'catalogue export pdf --out \(folder)', or name the PDF with --pdf FILE"
        case .noRecipients: return "nobody in the catalogue has a mail address, and \"distribution\" names none; add them with 'catalogue set employee ID --mail …' or 'catalogue set settings --distribution …'"
        case .draftWritten(let recipients, let path):
            return "The draft \(path) goes to \(plural(recipients, "recipient")) (Bcc). Open it in your mail program, check it, and send it."
        case .reviewStarted(let label, let sheets, let folder):
            return "Started the review round \"\(label)\": \(plural(sheets, "sheet")) in \(folder)/. Send each sheet to the recipient \(folder)/index.html names (the .txt file is the same for a mail body), and record each answer with 'catalogue review confirm'."
        case .noReviewRound: return "no review round has been started; start one with 'catalogue review start'"
        case .notReviewable(let word): return "'\(word)' cannot be confirmed: name a department, employee or task"
        case .confirmed(let kind, let id, let name, let with):
            return "Confirmed the \(kind.rawValue) \(name) (\(id))" + (with > 0 ? " and \(with) \(with == 1 ? "entry" : "entries") with it." : ".")
        case .importing(let inner): return importMessage(inner)
        case .wouldBe(let inner): return conditional(inner)
        }
    }

    /// A report line as what the change would do (`--dry-run`).
    static func conditional(_ message: Message) -> String {
        switch message {
        case .moved(let name, let id, let to, let toID): return "Would move \(name) (\(id)) to \(to) (\(toID))."
        case .gaveTo(let references, let from, let fromName, let to, let toName):
            return "Would give \(counted(references)) of \(fromName) (\(from)) to \(toName) (\(to))."
        case .awayRecorded(let name, let id, let from, let until, let cover, let coverID):
            return "\(name) (\(id)) would be recorded as away \(English.period(from, until)); \(cover) (\(coverID)) would cover."
        case .backRecorded(let name, let id): return "The absence of \(name) (\(id)) would be removed."
        case .takesOver(let name, let id, let task, let from, let primary):
            return "\(name) (\(id)) would take over task '\(task)' from \(from) as \(primary ? "primary person" : "backup")."
        case .alreadyHeldSoRemoved(let name, let id, let task, let from, let primary):
            return "\(name) (\(id)) already holds task '\(task)' as \(primary ? "primary person" : "backup") and would keep that place; \(from) would be taken off the task."
        case .updatedReferences(let references, let id): return "Would update \(counted(references)) that name '\(id)'."
        case .idMadeFrom(let id, let kind):
            return "The id '\(id)' would be made from the \(kind == .task ? "title" : "name"); to choose another, give it after '\(kind.rawValue)'."
        default: return self.message(message)
        }
    }

    /// "3 tasks and 1 deputyship".
    static func counted(_ references: [ReferenceCount]) -> String {
        and(references.map { reference in
            let noun: String
            switch reference.noun {
            case .task: noun = "task"
            case .deputyship: noun = "deputyship"
            case .cover: return plural(reference.count, "absence") + " to cover"
            case .subDepartment: noun = "sub-department"
            case .area: noun = "area"
            case .employee: noun = "employee"
            case .headship: noun = "department head role"
            }
            return plural(reference.count, noun)
        })
    }

    static func roleText(_ role: ReferenceRole) -> String {
        switch role {
        case .primaryOfTask: return "primary person of the task"
        case .backupOnTask: return "backup on the task"
        case .deputyOfEmployee: return "deputy of this employee"
        case .coverForEmployee: return "covers this employee's absence"
        case .parentOfDepartment: return "parent of this department"
        case .contactDepartmentOfArea: return "contact department of this area"
        case .departmentOf(let kind): return "department of this \(kind.rawValue)"
        case .field(let key): return "\"\(key)\""
        }
    }

    /// "a, b and c".
    static func and(_ parts: [String]) -> String {
        parts.count < 2 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "")
    }

    /// "1 error", "3 warnings".
    static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

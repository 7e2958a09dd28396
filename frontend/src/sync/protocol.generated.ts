/* Generated from docs/protocol/protocol.schema.json by scripts/protocol-types.mjs: do not edit, run `npm run protocol-types`. */

/**
 * A message a browser sends.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "clientMessage".
 */
export type ClientMessage = (Join | Ops | ClientPresence | Ping | Phase | Gating | Freeze | Timer | Coach | Accept | Checkpoint | Voting | Vote | Unvote | Summon | Silent)
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "uuid".
 */
export type Uuid = string
/**
 * A secret the client chooses (a fresh random one per page load, e.g. crypto.randomUUID()) and never shows: the server derives the client's origin from it, and only a client holding it can resend that client's batches. Never broadcast.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "clientId".
 */
export type ClientId = string
/**
 * A secret the person's device keeps (one random value, remembered across page loads) and never shows: what the person owns on a board (votes, unrevealed stickies) is owned by the personId derived from it, so a second tab or a reconnect is the same person. Without one, the person is this client alone (derived from clientId). Never broadcast.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "personKey".
 */
export type PersonKey = string
/**
 * A position in the board's edit log; 0 before the first edit. Never above 2^53-1, so a JavaScript number holds it exactly.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "seq".
 */
export type Seq = number
/**
 * A person's name as others see it: 1-60 characters, not only spaces, no control characters or direction overrides.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "name".
 */
export type Name = string
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "colour".
 */
export type Colour = string
/**
 * Unique among the sending client's batches (a counter will do, e.g. 17); with the client's origin it recognises a resend. Not blank.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "clientOpId".
 */
export type ClientOpId = string
/**
 * The edits of one batch, applied in order, all or none.
 * 
 * @maxItems 500
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "batchOps".
 */
export type BatchOps = Op[]
/**
 * World coordinates, or null when the pointer is off the wall.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "cursor".
 */
export type Cursor = ({
x: Coordinate
y: Coordinate
} | null)
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "coordinate".
 */
export type Coordinate = number
/**
 * @maxItems 1000
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "selection".
 */
export type Selection = Uuid[]
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "editing".
 */
export type Editing = (Uuid | null)
/**
 * The dragged elements' positions, or null when nothing is being dragged.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "drag".
 */
export type Drag = ({
id: Uuid
x: Coordinate
y: Coordinate
}[] | null)
/**
 * What the person has on screen (for following them), or null when not known.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "shownViewport".
 */
export type ShownViewport = (Viewport | null)
/**
 * A phase's 1-based number within its format.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "phaseIndex".
 */
export type PhaseIndex = number
/**
 * A finding's rule, a colon, and the sorted ids of the elements it names joined by commas: the same while the same rule holds for the same elements.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "findingKey".
 */
export type FindingKey = string
/**
 * What the wall shows at a checkpoint; not blank.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "checkpointLabel".
 */
export type CheckpointLabel = string
/**
 * How many dots each person may place in the round.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "votesPerPerson".
 */
export type VotesPerPerson = number
/**
 * The kinds that may get votes in the round.
 * 
 * @minItems 1
 * @maxItems 10
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "votingKinds".
 */
export type VotingKinds = [Kind, ...(Kind)[]]
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "kind".
 */
export type Kind = ("event" | "command" | "actor" | "policy" | "readModel" | "hotspot" | "aggregate" | "externalSystem" | "boundary" | "arrow")
/**
 * A message the server sends.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "serverMessage".
 */
export type ServerMessage = (Welcome | Snapshot | Applied | Ack | Rejected | ServerPresence | ParticipantJoined | ParticipantLeft | Error | Pong | Checks | ChecksChanged)
/**
 * The version of this protocol: it changes when a message changes in a way the other side must know. join and welcome carry it. Version 2: clientId is a secret of 16-100 characters and applied carries the sender's origin instead. Version 3: join may carry a personKey; welcome and every participant carry a personId.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "protocolVersion".
 */
export type ProtocolVersion = 3
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "sessionId".
 */
export type SessionId = string
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "role".
 */
export type Role = ("facilitator" | "participant" | "observer")
/**
 * A person as everyone on the board may see them: the first 22 characters of the URL-safe base64 of SHA-256 over "<boardId>:person:<personKey>" (or, without a personKey, over "<boardId>:person:<clientId>"); for REST calls rest:<role>.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "personId".
 */
export type PersonId = string
/**
 * An RFC 3339 instant in UTC, as the server writes it: a year from 0001 to 9999, and at most microseconds (what PostgreSQL keeps; finer digits are dropped when read).
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "timestamp".
 */
export type Timestamp = string
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "text".
 */
export type Text = string
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "size".
 */
export type Size = number
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "z".
 */
export type Z = number
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "status".
 */
export type Status = ("open" | "in-progress" | "resolved" | "deferred")
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "owner".
 */
export type Owner = string
/**
 * What kind of question a hotspot raises, for the hotspot review: an unclear invariant, a boundary to split or merge, an API to design, an external integration, a gap in the process map.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "theme".
 */
export type Theme = ("invariant" | "boundary" | "api" | "integration" | "process-gap")
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "mode".
 */
export type Mode = ("reactive" | "long-running")
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "ownership".
 */
export type Ownership = ("external" | "internal")
/**
 * 1 to 64 characters, not only spaces, no control characters or direction overrides; unique within its element, whatever the case.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "fieldName".
 */
export type FieldName = string
/**
 * string, number, boolean, date, id, money, list, or the name of another element: 1 to 64 characters, not only spaces, no control characters or direction overrides.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "fieldType".
 */
export type FieldType = string
/**
 * Where a field or scenario stands among its element's: they are listed by this number, then by key.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "entryOrder".
 */
export type EntryOrder = number
/**
 * @maxItems 20
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "scenarioLines".
 */
export type ScenarioLines = string[]
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "label".
 */
export type Label = string
/**
 * How often the element has changed; never above 2^53-1.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "version".
 */
export type Version = number
/**
 * The seq of an accepted batch.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "batchSeq".
 */
export type BatchSeq = number
/**
 * Whose batch, as everyone may see it: for a live client the first 22 characters of the URL-safe, unpadded base64 of SHA-256 over '<boardId>:<clientId>' (welcome tells each client its own); for a REST batch rest:<role>.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "origin".
 */
export type Origin = string
/**
 * An edit as the server applied it, or a facilitator's act recorded in the same order.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "appliedOp".
 */
export type AppliedOp = (AppliedCreateOp | AppliedUpdateOp | DeleteOp | PhaseOp | GatingOp | FreezeOp | TimerOp | CoachOp | AcceptOp | CheckpointOp | VotingOp | VoteOp | VotesCastOp | SummonOp | SilentOp | WrittenOp)
/**
 * A field's or scenario's key within its element: 1 to 36 letters, digits, '-' or '_'.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "entryKey".
 */
export type EntryKey = string
/**
 * How the server closes a connection, beyond the WebSocket standard's own (see ../protocol.md). Each title is the name both sides know the code by.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "closeCode".
 */
export type CloseCode = (Normal | GoingAway | Binary | TooBig | ProtocolViolation | Unauthorized | LinkRotated | TooSlow | ProtocolMismatch | TooManyConnections | Resend)
/**
 * The client closed the connection.
 */
export type Normal = 1000
/**
 * The server is shutting down: reconnect with lastSeq.
 */
export type GoingAway = 1001
/**
 * The client sent a binary frame; the protocol is text only.
 */
export type Binary = 1003
/**
 * A frame exceeded 256 KiB: resending it would fail again.
 */
export type TooBig = 1009
/**
 * Protocol violation before or during join.
 */
export type ProtocolViolation = 4400
/**
 * The token doesn't open this board: only a new link helps.
 */
export type Unauthorized = 4401
/**
 * The facilitator rotated the link this session joined with: the old token opens nothing any more.
 */
export type LinkRotated = 4403
/**
 * The send buffer overflowed: reconnect with lastSeq and catch up.
 */
export type TooSlow = 4408
/**
 * The client speaks another protocol version than the server: reload the app.
 */
export type ProtocolMismatch = 4426
/**
 * The board, or this address, has its maximum of live connections: retry later.
 */
export type TooManyConnections = 4429
/**
 * A batch could not be stored (an error DATABASE_UNAVAILABLE naming its clientOpId came first): reconnect with lastSeq and resend every unanswered batch, in order.
 */
export type Resend = 4503

export interface ProtocolDefinitions {
clientMessage?: ClientMessage
serverMessage?: ServerMessage
join?: Join
ops?: Ops
clientPresence?: ClientPresence
ping?: Ping
phase?: Phase
gating?: Gating
freeze?: Freeze
timer?: Timer
coach?: Coach
accept?: Accept
checkpoint?: Checkpoint
checkpointLabel?: CheckpointLabel
voting?: Voting
vote?: Vote
unvote?: Unvote
summon?: Summon
silent?: Silent
silentControl?: SilentControl
silentRound?: SilentRound
summonControl?: SummonControl
phaseControl?: PhaseControl
gatingControl?: GatingControl
freezeControl?: FreezeControl
timerControl?: TimerControl
continuation?: Continuation
checkpointBoard?: CheckpointBoard
welcome?: Welcome
snapshot?: Snapshot
applied?: Applied
ack?: Ack
rejected?: Rejected
serverPresence?: ServerPresence
participantJoined?: ParticipantJoined
participantLeft?: ParticipantLeft
error?: Error
pong?: Pong
checks?: Checks
checksChanged?: ChecksChanged
finding?: Finding
findingKey?: FindingKey
coachControl?: CoachControl
acceptControl?: AcceptControl
checkpointControl?: CheckpointControl
votingControl?: VotingControl
voteControl?: VoteControl
votesPerPerson?: VotesPerPerson
votingKinds?: VotingKinds
ownVotes?: OwnVotes
votingRound?: VotingRound
batch?: Batch
batchOps?: BatchOps
op?: Op
appliedOp?: AppliedOp
createOp?: CreateOp
updateOp?: UpdateOp
deleteOp?: DeleteOp
appliedCreateOp?: AppliedCreateOp
appliedUpdateOp?: AppliedUpdateOp
phaseOp?: PhaseOp
gatingOp?: GatingOp
freezeOp?: FreezeOp
timerOp?: TimerOp
coachOp?: CoachOp
acceptOp?: AcceptOp
checkpointOp?: CheckpointOp
votingOp?: VotingOp
voteOp?: VoteOp
votesCastOp?: VotesCastOp
silentOp?: SilentOp
writtenOp?: WrittenOp
summonOp?: SummonOp
newElement?: NewElement
wireElement?: WireElement
elementPatch?: ElementPatch
isArrow?: IsArrow
propsOfKind?: PropsOfKind
props?: Props
propsPatch?: PropsPatch
status?: Status
owner?: Owner
theme?: Theme
mode?: Mode
ownership?: Ownership
fields?: Fields
fieldsPatch?: FieldsPatch
field?: Field
fieldName?: FieldName
fieldType?: FieldType
scenarios?: Scenarios
scenariosPatch?: ScenariosPatch
scenario?: Scenario
scenarioLines?: ScenarioLines
entryKey?: EntryKey
entryOrder?: EntryOrder
board?: Board
boardTimer?: BoardTimer
phaseRef?: PhaseRef
participant?: Participant
presenceUpdate?: PresenceUpdate
viewport?: Viewport
shownViewport?: ShownViewport
cursor?: Cursor
selection?: Selection
editing?: Editing
drag?: Drag
closeCode?: CloseCode
defaultSize?: DefaultSize
protocolVersion?: ProtocolVersion
kind?: Kind
role?: Role
uuid?: Uuid
timestamp?: Timestamp
phaseIndex?: PhaseIndex
seq?: Seq
batchSeq?: BatchSeq
version?: Version
personKey?: PersonKey
personId?: PersonId
clientId?: ClientId
origin?: Origin
clientOpId?: ClientOpId
sessionId?: SessionId
name?: Name
colour?: Colour
text?: Text
label?: Label
coordinate?: Coordinate
size?: Size
z?: Z
}
/**
 * The first message of every connection. lastSeq is absent on a first join. protocol is the version the client speaks (absent: 1); a join of another version than the server's is refused, before anything else of it is checked, with the error PROTOCOL_MISMATCH naming both versions and close 4426. A missing or blank name shows as Guest, a missing colour as #868e96.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "join".
 */
export interface Join {
type: "join"
/**
 * The protocol version the client speaks.
 */
protocol: number
boardId: Uuid
token: string
clientId: ClientId
personKey?: PersonKey
lastSeq?: Seq
name?: Name
colour?: Colour
}
/**
 * A batch of edits that applies atomically, or not at all.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "ops".
 */
export interface Ops {
type: "ops"
clientOpId: ClientOpId
ops: BatchOps
}
/**
 * An edit as a client sends it, told apart by its op (so that a fault is named where it is, not as a failed choice).
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "op".
 */
export interface Op {
op: ("create" | "update" | "delete")
}
/**
 * Where this client's cursor is and what it is doing; never stored. A field left out is null (selection: empty).
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "clientPresence".
 */
export interface ClientPresence {
type: "presence"
cursor?: Cursor
selection?: Selection
editing?: Editing
drag?: Drag
viewport?: ShownViewport
}
/**
 * The part of the wall a screen shows, in wall coordinates: its top-left corner and size. A screen of another shape shows all of it, centred.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "viewport".
 */
export interface Viewport {
x: Coordinate
y: Coordinate
w: number
h: number
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "ping".
 */
export interface Ping {
type: "ping"
t: number
}
/**
 * Facilitator only: moves the board one phase on or back (action), or to a phase number (index). Answered like a batch: by the broadcast applied carrying a phase op, or by rejected.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "phase".
 */
export interface Phase {
type: "phase"
clientOpId: ClientOpId
action?: ("next" | "previous")
index?: PhaseIndex
}
/**
 * Facilitator only: lifts gating (every kind unlocked whatever the phase) or restores it. Answered like a batch.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "gating".
 */
export interface Gating {
type: "gating"
clientOpId: ClientOpId
lifted: boolean
}
/**
 * Facilitator only: freezes the wall (participants' batches are refused with WALL_FROZEN) or thaws it. Answered like a batch.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "freeze".
 */
export interface Freeze {
type: "freeze"
clientOpId: ClientOpId
frozen: boolean
}
/**
 * Facilitator only: runs the countdown. 'seconds' is the length for start (default: the phase's timebox) and what extend adds. Answered like a batch.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "timer".
 */
export interface Timer {
type: "timer"
clientOpId: ClientOpId
action: ("start" | "pause" | "resume" | "extend" | "reset")
seconds?: number
}
/**
 * Facilitator only: switches the notation coach on or off for the board. Answered like a batch.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "coach".
 */
export interface Coach {
type: "coach"
clientOpId: ClientOpId
enabled: boolean
}
/**
 * Facilitator only: marks one of the coach's findings accepted for the board (true) or no longer (false). Answered like a batch; refused with COACH_FULL when the board holds its most accepted findings.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "accept".
 */
export interface Accept {
type: "accept"
clientOpId: ClientOpId
key: FindingKey
accepted: boolean
}
/**
 * Facilitator only: keeps the wall as it is now as a checkpoint named 'label' (../protocol.md, Checkpoints). Answered like a batch; every phase change keeps one by itself.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "checkpoint".
 */
export interface Checkpoint {
type: "checkpoint"
clientOpId: ClientOpId
label: CheckpointLabel
}
/**
 * Facilitator only: the dot-voting round. open starts a round (clearing the last one's votes) with votesPerPerson dots for each person and, optionally, only the kinds that may get votes (absent: every kind but arrows and bounded contexts); reveal shows the tally to everyone and ends voting; close ends the round (a revealed tally stays readable). Answered like a batch; reveal and close of no open round are refused with VOTING_NOT_OPEN.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "voting".
 */
export interface Voting {
type: "voting"
clientOpId: ClientOpId
action: ("open" | "reveal" | "close")
votesPerPerson?: VotesPerPerson
kinds?: VotingKinds
}
/**
 * Anyone who may edit: one more of the sender's person's dots on a sticky (several on one sticky are fine). Answered like a batch, but the full applied goes only to the clients of that person; everyone else gets a votesCast in its place. Refused with VOTING_NOT_OPEN, NOT_VOTABLE (a kind the round excludes) or VOTE_BUDGET_SPENT.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "vote".
 */
export interface Vote {
type: "vote"
clientOpId: ClientOpId
element: Uuid
}
/**
 * Takes one of the sender's person's dots off a sticky, like vote; refused with NOT_VOTABLE when the person has none there.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "unvote".
 */
export interface Unvote {
type: "unvote"
clientOpId: ClientOpId
element: Uuid
}
/**
 * Facilitator only: brings every other screen on the board to this part of the wall (each can leave it again). Answered like a batch.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "summon".
 */
export interface Summon {
type: "summon"
clientOpId: ClientOpId
viewport: Viewport
}
/**
 * Facilitator only: silent writing on (only in a phase of the format that offers it, else SILENT_NOT_OFFERED): while on, a participant's new stickies are seen by their author alone; everyone else gets a 'written' op with how many each person has. Off reveals every unseen sticky to everyone in the same batch. Answered like a batch.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "silent".
 */
export interface Silent {
type: "silent"
clientOpId: ClientOpId
on: boolean
}
/**
 * The answer to join: who you are, who is here, the board's seq and how the client will be brought up to date.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "welcome".
 */
export interface Welcome {
type: "welcome"
protocol: ProtocolVersion
boardId: Uuid
sessionId: SessionId
role: Role
/**
 * This client's origin: applied messages carrying it are this client's own batches.
 */
origin: string
/**
 * Who this client is on the board: the same for every tab and every reconnect of one person (see personKey).
 */
personId: string
seq: Seq
catchUp: ("ops" | "snapshot" | "none")
participants: Participant[]
/**
 * The server's clock when it sent this, in milliseconds since 1970: clients show the timer on this clock, not their own.
 */
serverTime: number
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "participant".
 */
export interface Participant {
sessionId: SessionId
personId: PersonId
name: Name
colour: Colour
role: Role
}
/**
 * The whole wall at seq.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "snapshot".
 */
export interface Snapshot {
type: "snapshot"
seq: Seq
board: Board
/**
 * @maxItems 10000
 */
elements: WireElement[]
votes: OwnVotes
/**
 * The reader's own stickies written during silent writing, which elements holds for that reader alone until the reveal; absent when none.
 */
unseen?: Uuid[]
}
/**
 * The board as GET /api/boards/{id} describes it (see ../api.md).
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "board".
 */
export interface Board {
id: Uuid
title: string
format: string
phase: PhaseRef
seq: Seq
createdAt: Timestamp
/**
 * The facilitator has lifted gating: every kind is unlocked.
 */
gatingLifted: boolean
/**
 * The facilitator has frozen the wall: only the facilitator's batches are accepted.
 */
frozen: boolean
timer: BoardTimer
voting: VotingRound
silent?: SilentRound
}
/**
 * A phase of the board's format: its number, stable id and display name.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "phaseRef".
 */
export interface PhaseRef {
index: PhaseIndex
id: string
name: string
}
/**
 * The facilitator's countdown as the server holds it: idle; running until endsAt (at zero once endsAt has passed, until reset); or paused with remainingMs left. durationMs is the length started with, extensions included.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "boardTimer".
 */
export interface BoardTimer {
state: ("idle" | "running" | "paused")
durationMs?: number
endsAt?: Timestamp
remainingMs?: number
}
/**
 * The dot-voting round as everyone may see it: state none (never opened), open, revealed (the tally is shown, no more votes) or closed; each person's budget; the kinds that may get votes (absent: every kind but arrows and bounded contexts); how many dots each person has used, never where; and, once revealed, the tally, most votes first. GET /api/boards/{id}/votes answers with it once revealed.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "votingRound".
 */
export interface VotingRound {
state: ("none" | "open" | "revealed" | "closed")
votesPerPerson: number
kinds?: VotingKinds
revealed: boolean
used: {
person: PersonId
dots: number
}[]
tally?: {
element: Uuid
votes: number
}[]
}
/**
 * Silent writing as everyone may see it: whether it is on, and how many unseen stickies each person (by person id) has written; never what they say or where they are.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "silentRound".
 */
export interface SilentRound {
on: boolean
written: {
[k: string]: number
}
}
/**
 * An element as stored, with every default filled in.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "wireElement".
 */
export interface WireElement {
id: Uuid
kind: Kind
text: Text
x: Coordinate
y: Coordinate
/**
 * 0 for arrows
 */
w: (Size | 0)
/**
 * 0 for arrows
 */
h: (Size | 0)
z: Z
props: Props
from?: Uuid
to?: Uuid
label?: Label
version: Version
updatedBy: Name
updatedAt: Timestamp
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "props".
 */
export interface Props {
status?: Status
owner?: Owner
theme?: Theme
mode?: Mode
ownership?: Ownership
acl?: boolean
fields?: Fields
scenarios?: Scenarios
}
/**
 * The data an event, command or read model carries, by each field's own key. An update merges them per key like props: a key set to null removes that field.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "fields".
 */
export interface Fields {
[k: string]: Field
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "field".
 */
export interface Field {
name: FieldName
type: FieldType
at: EntryOrder
}
/**
 * Given / when / then examples of a command (when is the command itself; then names events, or a failure) or of a read model (then says what it shows), by each scenario's own key, merged per key on update like fields.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "scenarios".
 */
export interface Scenarios {
[k: string]: Scenario
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "scenario".
 */
export interface Scenario {
title?: string
given: ScenarioLines
then: ScenarioLines
/**
 * A command's scenario that ends in a refusal names it here instead of events.
 */
failure?: string
at: EntryOrder
}
/**
 * The receiving person's own dots of the voting round, by sticky id: nobody else's.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "ownVotes".
 */
export interface OwnVotes {
[k: string]: number
}
/**
 * An accepted batch, sent to everyone on the board; the sender's copy is its acknowledgement. Not capped at 500 ops: deleting an element also deletes its arrows. A batch only one person may see (a vote before the reveal) reaches that person's clients in full and everyone else at the same seq with only its stand-in ops (votesCast).
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "applied".
 */
export interface Applied {
type: "applied"
seq: BatchSeq
origin: Origin
clientOpId: ClientOpId
by: Name
at: Timestamp
ops: AppliedOp[]
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "appliedCreateOp".
 */
export interface AppliedCreateOp {
op: "create"
element: WireElement
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "appliedUpdateOp".
 */
export interface AppliedUpdateOp {
op: "update"
id: Uuid
set: ElementPatch
version: Version
}
/**
 * The fields an update sets. The kind isn't known here, so props may name any key; a null value removes the key.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "elementPatch".
 */
export interface ElementPatch {
kind?: Kind
text?: Text
x?: Coordinate
y?: Coordinate
w?: Size
h?: Size
z?: Z
props?: PropsPatch
label?: Label
from?: Uuid
to?: Uuid
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "propsPatch".
 */
export interface PropsPatch {
status?: (Status | null)
owner?: (Owner | null)
theme?: (Theme | null)
mode?: (Mode | null)
ownership?: (Ownership | null)
acl?: (boolean | null)
fields?: (FieldsPatch | null)
scenarios?: (ScenariosPatch | null)
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "fieldsPatch".
 */
export interface FieldsPatch {
[k: string]: Field | null
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "scenariosPatch".
 */
export interface ScenariosPatch {
[k: string]: Scenario | null
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "deleteOp".
 */
export interface DeleteOp {
op: "delete"
id: Uuid
}
/**
 * The board moved from phase 'from' to phase 'to'; 'phase' names where it is now.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "phaseOp".
 */
export interface PhaseOp {
op: "phase"
from: PhaseIndex
to: PhaseIndex
phase: PhaseRef
}
/**
 * Gating lifted (true: every kind unlocked) or restored (false).
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "gatingOp".
 */
export interface GatingOp {
op: "gating"
lifted: boolean
}
/**
 * Wall frozen (true: only the facilitator's batches are accepted) or thawed (false).
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "freezeOp".
 */
export interface FreezeOp {
op: "freeze"
frozen: boolean
}
/**
 * The facilitator ran the countdown; 'timer' is how it stands now.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "timerOp".
 */
export interface TimerOp {
op: "timer"
action: ("start" | "pause" | "resume" | "extend" | "reset")
timer: BoardTimer
}
/**
 * The facilitator switched the notation coach on (true) or off (false).
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "coachOp".
 */
export interface CoachOp {
op: "coach"
enabled: boolean
}
/**
 * The facilitator accepted one of the coach's findings (true) or took that back (false); the batch's by and at say who and when.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "acceptOp".
 */
export interface AcceptOp {
op: "accept"
key: FindingKey
accepted: boolean
}
/**
 * The facilitator kept the wall as it is as a checkpoint; 'phase' is the phase it was in. The batch's seq names the checkpoint.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "checkpointOp".
 */
export interface CheckpointOp {
op: "checkpoint"
label: CheckpointLabel
phase: PhaseRef
}
/**
 * The facilitator opened, revealed or closed the voting round; 'voting' is the round now (with the tally once revealed).
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "votingOp".
 */
export interface VotingOp {
op: "voting"
action: ("open" | "reveal" | "close")
voting: VotingRound
}
/**
 * Only in the applied sent to the voter's own clients: the person's dots on element now, and how many of their votes are left.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "voteOp".
 */
export interface VoteOp {
op: "vote"
element: Uuid
dots: number
left: number
}
/**
 * A person's vote or unvote as everyone sees it: how many dots that person has placed now, not where.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "votesCastOp".
 */
export interface VotesCastOp {
op: "votesCast"
person: PersonId
used: number
}
/**
 * The facilitator brought everyone to this part of the wall; the batch's by says who. Clients move only for one that arrives live, not in a catch-up.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "summonOp".
 */
export interface SummonOp {
op: "summon"
viewport: Viewport
}
/**
 * The facilitator turned silent writing on or off. Off comes with a create op for every sticky written unseen, in the board's order (z, then id): the reveal.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "silentOp".
 */
export interface SilentOp {
op: "silent"
on: boolean
}
/**
 * A person's batch during silent writing as everyone sees it: how many unseen stickies that person has now, nothing else. The author's own copy of the batch holds its ops and this op too.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "writtenOp".
 */
export interface WrittenOp {
op: "written"
person: PersonId
count: number
}
/**
 * A resent batch the board had already accepted: not applied again.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "ack".
 */
export interface Ack {
type: "ack"
clientOpId: ClientOpId
seq: BatchSeq
duplicate: true
}
/**
 * A refused batch, sent only to its sender; nothing of it was stored.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "rejected".
 */
export interface Rejected {
type: "rejected"
clientOpId: ClientOpId
code: ("VALIDATION_FAILED" | "ELEMENT_NOT_FOUND" | "ELEMENT_EXISTS" | "BATCH_TOO_LARGE" | "BOARD_FULL" | "FORBIDDEN" | "PHASE_LOCKED" | "WALL_FROZEN" | "KIND_FROZEN" | "RATE_LIMITED" | "COACH_FULL" | "VOTE_BUDGET_SPENT" | "VOTING_NOT_OPEN" | "NOT_VOTABLE" | "SILENT_NOT_OFFERED" | "SILENT_MIXED")
message: string
/**
 * A JSON path into the batch, such as ops[3].id.
 */
field?: string
}
/**
 * The latest presence of one or more clients.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "serverPresence".
 */
export interface ServerPresence {
type: "presence"
updates: PresenceUpdate[]
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "presenceUpdate".
 */
export interface PresenceUpdate {
sessionId: SessionId
name: Name
colour: Colour
cursor: Cursor
selection: Selection
editing: Editing
drag: Drag
viewport: ShownViewport
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "participantJoined".
 */
export interface ParticipantJoined {
type: "participantJoined"
participant: Participant
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "participantLeft".
 */
export interface ParticipantLeft {
type: "participantLeft"
sessionId: SessionId
}
/**
 * A message that couldn't be processed.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "error".
 */
export interface Error {
type: "error"
code: ("MALFORMED_MESSAGE" | "UNKNOWN_TYPE" | "INVALID_MESSAGE" | "NOT_JOINED" | "ALREADY_JOINED" | "RATE_LIMITED" | "TOO_MANY_CONNECTIONS" | "PROTOCOL_MISMATCH" | "INTERNAL_ERROR" | "DATABASE_UNAVAILABLE")
message: string
/**
 * The JSON path of the input at fault, where one is (such as clientOpId or name).
 */
field?: string
/**
 * Unique among the sending client's batches (a counter will do, e.g. 17); with the client's origin it recognises a resend. Not blank.
 */
clientOpId?: string
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "pong".
 */
export interface Pong {
type: "pong"
t: number
}
/**
 * The notation coach's whole list for the board, read at seq. Sent to a joining client after its welcome and catch-up (or, if the coach has not read the board yet, to every client once it has), and to every client when the facilitator switches the coach on or off; between those, changes come as checksChanged. No findings while enabled is false.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "checks".
 */
export interface Checks {
type: "checks"
seq: Seq
enabled: boolean
findings: Finding[]
}
/**
 * A place where the wall breaks a rule of the method (docs/coach.md). accepted is null until the facilitator accepts it.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "finding".
 */
export interface Finding {
key: FindingKey
rule: ("event-not-past-tense" | "command-not-imperative" | "crud-event" | "policy-not-when-then" | "event-causes-event" | "command-causes-command" | "aggregate-too-large" | "god-aggregate" | "overlapping-boundaries" | "crossing-event-without-policy" | "command-chain-crosses-contexts" | "two-way-coupling" | "external-without-acl" | "command-without-failure" | "hotspot-without-owner")
severity: ("error" | "warning" | "hint")
/**
 * @minItems 1
 */
elements: [Uuid, ...(Uuid)[]]
message: string
hint: string
accepted: (null | {
by: Name
at: Timestamp
})
}
/**
 * What changed in the notation coach's list since the list read at since, which every client of the board then holds (a client holding no list yet, or a later one, ignores it): the findings that are new or changed (an acceptance given or withdrawn), which replace any of the same key, and the keys of the findings gone. Applying it gives the list read at seq, in the rules' order and then by key.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "checksChanged".
 */
export interface ChecksChanged {
type: "checksChanged"
since: Seq
seq: Seq
added: Finding[]
removed: FindingKey[]
}
/**
 * POST /api/boards/{id}/silent (see ../api.md): the silent message without its type and clientOpId.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "silentControl".
 */
export interface SilentControl {
on: boolean
}
/**
 * POST /api/boards/{id}/summon (see ../api.md): the summon message without its type and clientOpId.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "summonControl".
 */
export interface SummonControl {
viewport: Viewport
}
/**
 * POST /api/boards/{id}/phase (see ../api.md): the phase message without its type and clientOpId.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "phaseControl".
 */
export interface PhaseControl {
action?: ("next" | "previous")
index?: PhaseIndex
}
/**
 * POST /api/boards/{id}/gating (see ../api.md): the gating message without its type and clientOpId.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "gatingControl".
 */
export interface GatingControl {
lifted: boolean
}
/**
 * POST /api/boards/{id}/freeze (see ../api.md): the freeze message without its type and clientOpId.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "freezeControl".
 */
export interface FreezeControl {
frozen: boolean
}
/**
 * POST /api/boards/{id}/timer (see ../api.md): the timer message without its type and clientOpId.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "timerControl".
 */
export interface TimerControl {
action: ("start" | "pause" | "resume" | "extend" | "reset")
seconds?: number
}
/**
 * POST /api/boards/{id}/continue (see ../api.md): the new board's title and format, each optional.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "continuation".
 */
export interface Continuation {
title?: (string | null)
format?: (string | null)
}
/**
 * POST /api/boards/{id}/checkpoints/{seq}/board (see ../api.md): the new board's title, optional.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "checkpointBoard".
 */
export interface CheckpointBoard {
title?: (string | null)
}
/**
 * POST /api/boards/{id}/coach (see ../api.md): the coach message without its type and clientOpId.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "coachControl".
 */
export interface CoachControl {
enabled: boolean
}
/**
 * POST /api/boards/{id}/checks/accepted (see ../api.md): the accept message without its type and clientOpId.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "acceptControl".
 */
export interface AcceptControl {
key: FindingKey
accepted: boolean
}
/**
 * POST /api/boards/{id}/checkpoints (see ../api.md): the checkpoint message without its type and clientOpId.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "checkpointControl".
 */
export interface CheckpointControl {
label: CheckpointLabel
}
/**
 * POST /api/boards/{id}/voting (see ../api.md): the voting message without its type and clientOpId.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "votingControl".
 */
export interface VotingControl {
action: ("open" | "reveal" | "close")
votesPerPerson?: VotesPerPerson
kinds?: VotingKinds
}
/**
 * POST /api/boards/{id}/votes (see ../api.md): the vote message without its type and clientOpId.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "voteControl".
 */
export interface VoteControl {
element: Uuid
}
/**
 * A batch of edits over REST (POST /api/boards/{id}/ops, see ../api.md): the ops message without its type.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "batch".
 */
export interface Batch {
clientOpId: ClientOpId
ops: BatchOps
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "createOp".
 */
export interface CreateOp {
op: "create"
element: NewElement
}
/**
 * An element as a client creates it: the server makes the id if there is none, and defaults w, h (by kind), z (the top) and props. Other fields left out are empty text and 0 (arrows are placed by their ends).
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "newElement".
 */
export interface NewElement {
id?: Uuid
kind: Kind
text?: Text
x?: Coordinate
y?: Coordinate
w?: Size
h?: Size
z?: Z
props?: Props
from?: Uuid
to?: Uuid
label?: Label
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "updateOp".
 */
export interface UpdateOp {
op: "update"
id: Uuid
set: ElementPatch
}
/**
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "isArrow".
 */
export interface IsArrow {
kind: "arrow"
}
/**
 * Which props each kind may carry.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "propsOfKind".
 */
export interface PropsOfKind {

}
/**
 * The size the server gives an element created without one, by kind.
 * 
 * This interface was referenced by `ProtocolDefinitions`'s JSON-Schema
 * via the `definition` "defaultSize".
 */
export interface DefaultSize {
[k: string]: unknown
}

/** The protocol version this app speaks; join carries it, welcome says the server's. */
export const PROTOCOL_VERSION = 3 as const;

/** The kinds of element, in the schema's order. */
export const ELEMENT_KINDS = [
  "event",
  "command",
  "actor",
  "policy",
  "readModel",
  "hotspot",
  "aggregate",
  "externalSystem",
  "boundary",
  "arrow"
] as const;

/** The roles a board link gives. */
export const ROLES = [
  "facilitator",
  "participant",
  "observer"
] as const;

/** Limits the server enforces; the UI uses them to stop an edit before the server would refuse it. */
export const LIMITS = {
  "textLength": 1000,
  "labelLength": 200,
  "ownerLength": 100,
  "coordinate": 1000000,
  "minSize": 10,
  "maxSize": 20000,
  "z": 1000000000,
  "opsPerBatch": 500,
  "elementsPerBoard": 10000
} as const;

/** The size the server gives an element created without one, by kind. */
export const DEFAULT_SIZE = {
  "event": {
    "w": 160,
    "h": 120
  },
  "command": {
    "w": 160,
    "h": 120
  },
  "actor": {
    "w": 120,
    "h": 60
  },
  "policy": {
    "w": 160,
    "h": 120
  },
  "readModel": {
    "w": 160,
    "h": 120
  },
  "hotspot": {
    "w": 160,
    "h": 120
  },
  "aggregate": {
    "w": 320,
    "h": 200
  },
  "externalSystem": {
    "w": 160,
    "h": 120
  },
  "boundary": {
    "w": 800,
    "h": 500
  },
  "arrow": {
    "w": 0,
    "h": 0
  }
} as const;

/** The close codes, by the names the schema gives them. */
export const CLOSE = {
  "normal": 1000,
  "goingAway": 1001,
  "binary": 1003,
  "tooBig": 1009,
  "protocolViolation": 4400,
  "unauthorized": 4401,
  "linkRotated": 4403,
  "tooSlow": 4408,
  "protocolMismatch": 4426,
  "tooManyConnections": 4429,
  "resend": 4503
} as const;

/** The JSON type of every required field of each server message, by type. */
export const SERVER_SHAPES = {
  "welcome": {
    "protocol": "number",
    "boardId": "string",
    "sessionId": "string",
    "role": "string",
    "origin": "string",
    "personId": "string",
    "seq": "number",
    "catchUp": "string",
    "participants": "array",
    "serverTime": "number"
  },
  "snapshot": {
    "seq": "number",
    "board": "object",
    "elements": "array",
    "votes": "object"
  },
  "applied": {
    "seq": "number",
    "origin": "string",
    "clientOpId": "string",
    "by": "string",
    "at": "string",
    "ops": "array"
  },
  "ack": {
    "clientOpId": "string",
    "seq": "number",
    "duplicate": "boolean"
  },
  "rejected": {
    "clientOpId": "string",
    "code": "string",
    "message": "string"
  },
  "presence": {
    "updates": "array"
  },
  "participantJoined": {
    "participant": "object"
  },
  "participantLeft": {
    "sessionId": "string"
  },
  "error": {
    "code": "string",
    "message": "string"
  },
  "pong": {
    "t": "number"
  },
  "checks": {
    "seq": "number",
    "enabled": "boolean",
    "findings": "array"
  },
  "checksChanged": {
    "since": "number",
    "seq": "number",
    "added": "array",
    "removed": "array"
  }
} as const;

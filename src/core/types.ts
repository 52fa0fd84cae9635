/** Domain types shared across the core. Numbers of points are in the method's units; the evaluator computes in integer hundredths. */

export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'table.not_found'
  | 'method.invalid'
  | 'name.missing'
  | 'member.duplicate'
  | 'member.same_name'
  | 'value.not_number'
  | 'value.formula_error'
  | 'value.fraction'
  | 'value.negative'
  | 'value.normalized'
  | 'value.outlier'
  | 'logic.attendance_exceeds_held'
  | 'logic.attendance_unaccounted'
  | 'logic.accepted_exceeds_submitted'
  | 'logic.standing_only'
  | 'row.subtotal_skipped'
  | 'row.note_skipped'
  | 'row.hidden'
  | 'year.assumed'
  | 'year.mismatch'
  | 'method.item_unbound'
  | 'column.unused'
  // issue 10: the user's data is sacred
  | 'value.formula_uncached'
  | 'value.private_number'
  | 'value.merged_rows'
  | 'table.side_by_side'
  | 'bookkeeping.unverified'
  // issue 12: the office's own records (活动记录, 提案登记) and reconciliation
  | 'records.no_header'
  | 'records.attendance_assumed'
  | 'records.unknown_item'
  | 'records.unknown_member'
  | 'records.ambiguous_member'
  | 'records.bad_attendance'
  | 'records.bad_flag'
  | 'records.collective_uncredited'
  | 'records.duplicate_proposal'
  | 'reconcile.mismatch'
  // issue 13: the term archive (履职档案)
  | 'archive.ambiguous'
  | 'archive.edited'
  | 'archive.row_skipped'
  | 'archive.column_unknown'
  | 'archive.duplicate'
  | 'archive.sheet_skipped'
  | 'archive.year_replaced'
  | 'archive.item_missing'
  | 'archive.settlement_unknown'
  // issue 12: collecting the members' forms (duty-stats merge)
  | 'form.unreadable'
  | 'form.not_a_form'
  | 'form.duplicate'
  | 'form.no_name'
  | 'roster.missing'
  | 'roster.unknown'
  | 'roster.identity_differs';

export type FindingParams = Readonly<Record<string, string | number>>;

/** A finding is a value (HyperFormula style): code, where, parameters; the message is rendered from the zh-CN catalogue. */
export interface Finding {
  readonly severity: Severity;
  readonly code: FindingCode;
  readonly sheet: string;
  /** A1 address, or null when the finding is about a whole row or member. */
  readonly cell: string | null;
  readonly row: number | null;
  readonly member: string | null;
  readonly params: FindingParams;
  readonly message: string;
}

/** A fatal problem: the pipeline cannot run (exit 2). `where` names the file, sheet and cell, or JSON path. */
export interface Fatal {
  /** slips.no_members: the member slips were asked for a unit or rows that hold no member. */
  readonly code: 'table.not_found' | 'method.invalid' | 'slips.no_members' | 'archive.no_year';
  readonly message: string;
  readonly file: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  /** JSON path for a method file, e.g. `items[2].points`. */
  readonly path: string | null;
}

export type ColumnKind = 'identity' | 'count' | 'flag';

/** A column of the member table bound to a key. */
export interface ColumnBinding {
  readonly key: string;
  readonly kind: ColumnKind;
  /** 1-based column number. */
  readonly col: number;
  /** The header text as written (group and sub-header joined with "/"). */
  readonly header: string;
}

export interface TableLocation {
  readonly sheet: string;
  /** 1-based header rows: one or two. */
  readonly headerRows: readonly number[];
  readonly firstDataRow: number;
  /** Last row of the sheet holding anything (blank rows inside are skipped by the reader). */
  readonly lastDataRow: number;
  readonly columns: readonly ColumnBinding[];
}

export interface Identity {
  readonly name: string;
  readonly memberId: string | null;
  readonly gender: string | null;
  readonly sector: string | null;
  readonly committee: string | null;
  readonly liaisonGroup: string | null;
  readonly unit: string | null;
  readonly title: string | null;
  readonly party: string | null;
  /** Normalised CPPCC role: 主席/副主席/秘书长/常委/驻会常委/委员 (是否常委=是 → 常委). */
  readonly role: string;
  readonly phone: string | null;
  readonly idNumber: string | null;
}

/** One member row as read from the table (before evaluation). */
export interface MemberRecord extends Identity {
  readonly row: number;
  readonly hidden: boolean;
  /** Every counted item of the table and of the method's custom items; blank = 0. */
  readonly counts: Readonly<Record<string, number>>;
  /** A1 address of each counted item's cell, by key. */
  readonly cells: Readonly<Record<string, string>>;
  /** A1 address of the name cell. */
  readonly nameCell: string;
  /** Exact fractional counts by key (proposal_credit from 提案登记, CONTRACT.md §8); `counts` holds their nearest numbers. */
  readonly shares?: Readonly<Record<string, ExactShare>>;
}

/** A fraction n / d in lowest terms (d > 0): a member's summed share of proposals. */
export interface ExactShare {
  readonly n: bigint;
  readonly d: bigint;
}

// ---------------------------------------------------------------------------------------------
// The evaluation method

export type Expr =
  | { readonly kind: 'num'; readonly value: number }
  /** Quoted text, compared with identity fields (`role == "驻会常委"`). */
  | { readonly kind: 'str'; readonly value: string }
  /** A name: an item key, `standing`, an identity field (`role`) or a registered dotted name (`prev.score`). */
  | { readonly kind: 'var'; readonly name: string }
  /** An item named as a function argument (`term.sum(领衔提案)`): evaluates to its key. */
  | { readonly kind: 'key'; readonly name: string }
  /** A registered function (`term.count_grade("不合格")`). */
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expr[] }
  | { readonly kind: 'unary'; readonly op: '-' | 'not'; readonly arg: Expr }
  | {
      readonly kind: 'binary';
      readonly op: '+' | '-' | '*' | '/' | '>' | '>=' | '<' | '<=' | '==' | '!=' | 'and' | 'or';
      readonly left: Expr;
      readonly right: Expr;
    };

/** A `when` expression, parsed; names are resolved to item keys, `standing`, identity keys or registered names. */
export interface Condition {
  readonly source: string;
  readonly expr: Expr;
}

export interface MethodItem {
  readonly key: string;
  /** Chinese label: the method's `label`, else the first header name of the built-in column. */
  readonly label: string;
  /** Extra header names for custom items (built-in items keep their contract headers too). */
  readonly headers: readonly string[];
  /** Points per unit; 0 when the item scores by `tiers`. */
  readonly points: number;
  readonly from: number;
  /** Bands of counts with their points per unit (CONTRACT.md §7), instead of `points`/`from`; null when not given. */
  readonly tiers: readonly MethodTier[] | null;
  /** The key whose count this item scores (CONTRACT.md §7 `count`); null means its own key. */
  readonly count: string | null;
  /** The item scores only for members for whom this holds (else 0 points); null means for everyone. */
  readonly when: Condition | null;
  readonly max: number | null;
  readonly min: number | null;
  readonly category: string | null;
}

/** One band of an item's `tiers`: counts up to `upTo` (cumulative; null for the last band) score `points` each. */
export interface MethodTier {
  readonly upTo: number | null;
  readonly points: number;
}

export interface MethodCategory {
  readonly key: string;
  readonly label: string;
  readonly max: number | null;
  readonly min: number | null;
}

export interface MethodRequirement {
  readonly label: string;
  readonly when: Condition;
  /** A grade name. */
  readonly ceiling: string;
}

export interface MethodVeto {
  readonly label: string;
  readonly when: Condition;
  readonly grade: string;
}

export interface MethodGrade {
  readonly name: string;
  /** null only for the last (lowest) grade. */
  readonly min: number | null;
  /** `#RRGGBB` or null. */
  readonly color: string | null;
}

export type ShortlistScope = 'all' | 'committee' | 'liaison_group' | 'sector';

export interface MethodShortlist {
  readonly label: string;
  readonly minGrade: string;
  readonly quota: number;
  readonly rounding: 'floor' | 'round' | 'ceil';
  readonly scope: ShortlistScope;
  readonly excludeRoles: readonly string[];
  readonly when: Condition | null;
}

/** Wording of the notices (履职通报, 单位告知, 个人履职告知单); placeholders like {年度} {单位} {姓名} {等次}. */
export interface NoticeSettings {
  readonly office: string | null;
  readonly docNumber: string | null;
  /** As printed, e.g. "2025年12月26日"; null means the run date. */
  readonly date: string | null;
  readonly circularTitle: string | null;
  /** 主送 of the circular (GB/T 9704: the addressees, flush left), e.g. 「各位委员：」; null: the default. The unit letter's salutation is the unit's name. */
  readonly recipients: string | null;
  readonly circularOpening: string | null;
  readonly circularClosing: string | null;
  readonly circularGroupBy: 'grade' | 'committee';
  /** How pending (待核实) members appear in the circular. */
  readonly pending: 'list' | 'omit';
  readonly unitTitle: string | null;
  readonly unitOpening: string | null;
  readonly unitClosing: string | null;
  readonly slipTitle: string | null;
  readonly slipOpening: string | null;
}

/** A flag of the term record (CONTRACT.md §9 `term.flags`), e.g. 连续两年不合格; evaluated after grading. */
export interface MethodTermFlag {
  readonly label: string;
  readonly when: Condition;
}

/** How 换届建议参考名单 is ordered: by the term's average score, its sum, this year's score, or the member table's order. */
export type TermOrder = 'average' | 'sum' | 'latest' | 'table';

/** The term archive's settings (CONTRACT.md §9, issue 13). */
export interface MethodTerm {
  /** The first year of the term: earlier archived years are kept but not counted in term.*; null counts every year. */
  readonly since: number | null;
  readonly order: TermOrder;
  readonly flags: readonly MethodTermFlag[];
}

export interface Method {
  readonly title: string;
  readonly year: number | null;
  readonly held: { readonly plenary: number | null; readonly standing: number | null };
  readonly base: number;
  readonly total: { readonly min: number | null; readonly max: number | null };
  readonly categories: readonly MethodCategory[];
  readonly items: readonly MethodItem[];
  readonly requirements: readonly MethodRequirement[];
  readonly vetoes: readonly MethodVeto[];
  /** Highest first. */
  readonly grades: readonly MethodGrade[];
  readonly shortlist: MethodShortlist | null;
  readonly notice: NoticeSettings | null;
  /** Which figures score where the office's records (活动记录, 提案登记) exist (CONTRACT.md §8); absent: "table". */
  readonly countsFrom?: CountsFrom;
  /** How a proposal of 提案登记 is shared among its proposers (keys proposal_credit, proposal_credit_accepted); absent: lead 1, joint split. */
  readonly proposalCredit?: ProposalCredit;
  /** The term archive's flags and order (issue 13); absent or null: none. */
  readonly term?: MethodTerm | null;
}

/** The member table's own figures, the office's records, or the larger of the two (CONTRACT.md §8). */
export type CountsFrom = 'table' | 'records' | 'larger';

/** The first proposer gets `lead`; co-signers share 1 − lead equally ("split") or each get `joint`. */
export interface ProposalCredit {
  readonly lead: number;
  readonly joint: 'split' | number;
}

export type MethodOrigin = 'option' | 'sheet' | 'default';

// ---------------------------------------------------------------------------------------------
// Results

export type MemberStatus = 'graded' | 'pending' | 'vetoed';

export interface MemberResult extends MemberRecord {
  /** Points of each method item, by key (exact to 0.01). Empty for pending members. */
  readonly itemPoints: Readonly<Record<string, number>>;
  /** Sum of each category after its clamp, by category key. Empty for pending members. */
  readonly categories: Readonly<Record<string, number>>;
  readonly score: number | null;
  readonly grade: string | null;
  readonly status: MemberStatus;
  readonly rank: number | null;
  /** Labels of requirements the member fails. */
  readonly unmetRequirements: readonly string[];
  /** Labels of vetoes the member matches. */
  readonly vetoes: readonly string[];
  /** Human-readable notes in Chinese, e.g. 「未达基本要求：三个一」. */
  readonly notes: readonly string[];
}

export interface ShortlistEntry {
  readonly row: number;
  readonly name: string;
  readonly score: number;
  readonly rank: number;
  readonly grade: string;
  /** "all", or the committee / liaison group / sector name. */
  readonly group: string;
  readonly tie: boolean;
}

export interface ShortlistExclusion {
  readonly row: number;
  readonly name: string;
  readonly group: string;
  readonly score: number | null;
  readonly grade: string | null;
  /** Why, in Chinese (role excluded, requirement unmet, condition false, vetoed, pending…). */
  readonly reason: string;
}

export interface ShortlistResult {
  readonly entries: readonly ShortlistEntry[];
  /** Graded members at minGrade or above who were left out by role or the method's conditions. */
  readonly excluded: readonly ShortlistExclusion[];
  /** Per group: quota n and how many were taken (more than n when ties at the cut-off). */
  readonly groups: readonly { readonly group: string; readonly members: number; readonly quota: number; readonly taken: number }[];
}

export interface GroupStat {
  /** 'committee' | 'sector' | 'liaison_group' */
  readonly dimension: 'committee' | 'sector' | 'liaison_group';
  /** Group name; members without a value are grouped under 「未填写」. */
  readonly group: string;
  readonly members: number;
  readonly graded: number;
  readonly pending: number;
  readonly vetoed: number;
  /** Mean score of graded and vetoed members, rounded to 0.01; null when none. */
  readonly meanScore: number | null;
  readonly grades: Readonly<Record<string, number>>;
  /** Share of members with a count ≥ 1, per item key, as a fraction rounded to 0.0001. */
  readonly participation: Readonly<Record<string, number>>;
}

export interface ReportSummary {
  readonly members: number;
  readonly graded: number;
  readonly vetoed: number;
  readonly pending: number;
  readonly grades: Readonly<Record<string, number>>;
  readonly errors: number;
  readonly warnings: number;
}

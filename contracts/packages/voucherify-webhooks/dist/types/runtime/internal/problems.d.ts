/** One validation problem in a payload. */
export interface PayloadProblem {
    /** JSON pointer into the payload; for a missing field, the pointer the field would have. */
    pointer: string;
    keyword: string;
    message: string;
}

/** Width of the "+" button at the end of the stage row. */
export const ADD_STAGE_WIDTH = 64;
/** Height of the "Add lane" button under the last lane. */
export const ADD_LANE_HEIGHT = 56;

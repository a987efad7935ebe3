/** Password rules shared by the server and the forms that show them. */
export const PASSWORD_MIN_LENGTH = 10;

/** Errors as Office.js raises them (OfficeExtension.Error: name "RichApi.Error", a `code`). */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: { readonly code: string; readonly errorLocation?: string } = { code },
  ) {
    super(message);
  }
}

export function officeError(code: string, message: string, where?: string): FakeOfficeError {
  return new FakeOfficeError(code, message, { code, errorLocation: where });
}

export function propertyNotLoaded(property: string, type: string): FakeOfficeError {
  return officeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}

export function invalidObjectPath(path: string): FakeOfficeError {
  return officeError(
    'InvalidObjectPath',
    `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
  );
}

export function invalidArgument(message: string, where?: string): FakeOfficeError {
  return officeError('InvalidArgument', message, where);
}

export function itemNotFound(what: string): FakeOfficeError {
  return officeError('ItemNotFound', `The requested resource doesn't exist. (${what})`);
}

/**
 * An edit of a protected sheet or of a protected workbook's structure. Excel.ErrorCodes lists
 * `AccessDenied` ("You cannot perform the requested operation"); which code Excel gives for a
 * protected sheet is not documented per API, so the host must not depend on the code (it reads
 * the protection first and refuses with its own message).
 */
export function accessDenied(what: string): FakeOfficeError {
  return officeError('AccessDenied', `You cannot perform the requested operation: ${what} is protected.`);
}

/**
 * SharePoint's error model: every failure is an HTTP status plus an `odata.error` body whose code is
 * "<HRESULT>, <.NET exception type>". Handlers throw SpError; the HTTP and batch layers render it.
 *
 * Codes and messages marked [rec] come from recorded SharePoint Online responses, [iss] from public
 * issue threads quoting SPO, and [U] are unconfirmed choices made to look as SharePoint-like as possible.
 */
export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }
}

const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const ARGUMENT = '-2147024809, System.ArgumentException';

export const errors = {
  /** [rec] */
  listNotFound: (title: string, webUrl: string) =>
    new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${webUrl}'.`),
  /** [U] a list addressed by id that does not exist; SPO answers the same "List does not exist" family. */
  listIdNotFound: () =>
    new SpError(
      404,
      '-2130575322, Microsoft.SharePoint.SPException',
      'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'
    ),
  /** [rec] */
  itemNotFound: () =>
    new SpError(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'),
  /** [rec] two spaces before "Please" are SharePoint's. */
  duplicateListTitle: () =>
    new SpError(
      500,
      '-2130575342, Microsoft.SharePoint.SPException',
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'
    ),
  /** [iss] */
  accessDenied: () =>
    new SpError(
      403,
      '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.'
    ),
  /** [iss] */
  badDigest: () =>
    new SpError(
      403,
      '-2130575252, Microsoft.SharePoint.SPException',
      "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
    ),
  /** [iss] the request value is quoted verbatim, the server value in "<guid>,N" form for items. */
  staleEtag: (requested: string, current: string) =>
    new SpError(
      412,
      '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The request ETag value '${requested}' does not match the object's ETag value '${current}'.`
    ),
  /** [iss] */
  unknownProperty: (name: string, typeName: string) =>
    new SpError(
      400,
      INVALID_QUERY,
      `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`
    ),
  /** [iss] */
  unknownSelectField: (name: string) =>
    new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${name}' does not exist.`),
  /** [iss pnpjs#2434, paraphrased by the spec] */
  projectionNeedsExpand: (path: string, nav: string) =>
    new SpError(
      400,
      '-1, Microsoft.SharePoint.SPException',
      `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${nav}.`
    ),
  /** [iss] code [U] */
  unknownFilterColumn: (name: string) =>
    new SpError(400, ARGUMENT, `Column '${name}' does not exist. It may have been deleted by another user.`),
  /** [iss] */
  badExpression: (expression: string) => new SpError(400, INVALID_QUERY, `The expression "${expression}" is not valid.`),
  /** [U] SharePoint refuses Note (and URL) columns in filters with this message family. */
  notFilterable: (name: string, type: string) =>
    new SpError(
      400,
      '-1, Microsoft.SharePoint.SPException',
      `The field '${name}' of type '${type}' cannot be used in the query filter expression.`
    ),
  /** [U] */
  notSortable: (name: string, type: string) =>
    new SpError(
      400,
      '-1, Microsoft.SharePoint.SPException',
      `The field '${name}' of type '${type}' cannot be used in the query order by expression.`
    ),
  /** [iss] */
  throttled: () =>
    new SpError(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.'
    ),
  /** [iss] HRESULT 0x810200bf as SharePoint reports it; HTTP status [U]. */
  duplicateValues: () =>
    new SpError(
      409,
      '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
    ),
  /** [iss] OData's conversion error for a JSON value of the wrong type. */
  cannotConvert: (edmType: string) =>
    new SpError(
      400,
      INVALID_QUERY,
      `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`
    ),
  /** [U] OData reader wording for a scalar where a collection is required. */
  expectedArray: () =>
    new SpError(
      400,
      INVALID_QUERY,
      "An unexpected 'PrimitiveValue' node was found when reading from the JSON reader. A 'StartArray' node was expected."
    ),
  /** [U] OData reader wording for writing a navigation (lookup/person) property directly. */
  navigationWrite: () =>
    new SpError(
      400,
      INVALID_QUERY,
      "A 'PrimitiveValue' node with non-null value was found when trying to read the value of a navigation property; however, a 'StartArray' node, a 'StartObject' node, or a 'PrimitiveValue' node with null value was expected."
    ),
  /** [U] OData reader wording for malformed JSON. */
  invalidJson: () => new SpError(400, INVALID_QUERY, 'Invalid JSON. A token was not recognized in the JSON content.'),
  /** [U] OData reader wording when the body is not a JSON object. */
  expectedObject: (found: string) =>
    new SpError(
      400,
      INVALID_QUERY,
      `An unexpected '${found}' node was found when reading from the JSON reader. A 'StartObject' node was expected.`
    ),
  /** [U] OData wording for an entity type that does not match the list. */
  unknownType: (typeName: string) =>
    new SpError(
      400,
      INVALID_QUERY,
      `A type named '${typeName}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`
    ),
  /** [iss] SharePoint's stream limit message. */
  tooLarge: (read: number, max: number) =>
    new SpError(
      400,
      '-1, Microsoft.Data.OData.ODataException',
      `The maximum number of bytes allowed to be read from the stream has been exceeded. After the last read operation, a total of ${read} bytes has been read from the stream; however a maximum of ${max} bytes is allowed.`
    ),
  /** [U] generic ArgumentException used by SharePoint for values it cannot accept. */
  valueOutOfRange: () => new SpError(400, ARGUMENT, 'Value does not fall within the expected range.'),
  argument: (message: string) => new SpError(400, ARGUMENT, message),
  /** [U] SharePoint's wording for an unknown REST segment. */
  resourceNotFound: (segment: string) =>
    new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${segment}.`),
  /** [U] */
  methodNotSupported: (typeName: string, method: string) =>
    new SpError(400, INVALID_QUERY, `The type ${typeName} does not support HTTP ${method} method.`),
  /** [rec] */
  userNotFound: () => new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.'),
  /** [rec] */
  ensureUserNotFound: (login: string) =>
    new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`),
  /** [U] */
  fieldNotFound: (name: string) =>
    new SpError(404, ARGUMENT, `Column '${name}' does not exist. It may have been deleted by another user.`),
  /** [U] */
  viewNotFound: () =>
    new SpError(
      404,
      '-2147024809, System.ArgumentException',
      'The specified view is invalid.'
    ),
  /** [U] SharePoint's message for a column whose display name is already used in the list. */
  duplicateFieldTitle: () =>
    new SpError(
      500,
      '-2130575245, Microsoft.SharePoint.SPException',
      'The column name that you entered is already in use or reserved. Choose another name.'
    ),
  /** [U] */
  duplicateFieldName: (name: string) =>
    new SpError(500, '-2130575245, Microsoft.SharePoint.SPException', `A duplicate field name "${name}" was found.`),
  /** [U] */
  uniqueNeedsIndex: () =>
    new SpError(
      500,
      '-2146232832, Microsoft.SharePoint.SPException',
      'You must first index this column to enforce unique values.'
    ),
  internal: (message: string) => new SpError(500, '-2146233088, System.Exception', message)
};

export interface ErrorBody {
  'odata.error': { code: string; message: { lang: string; value: string } };
}

export function errorBody(error: SpError, verbose: boolean): string {
  const inner = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return JSON.stringify(verbose ? { error: inner } : { 'odata.error': inner });
}

/** Anything thrown that is not an SpError is a server bug: report it as SharePoint would an unexpected failure. */
export function toSpError(e: unknown): SpError {
  if (e instanceof SpError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return errors.internal(`Unexpected error in the local SharePoint server: ${message}`);
}

/**
 * The domain layer: pure rules. It imports only the model layer.
 */
export * from './scoring';
export * from './packs';
export * from './measures';
export * from './links';

/** Types for scripts/electron-binary.mjs. */
export type ElectronBinary = { executablePath: string; reason: null } | { executablePath: null; reason: string };

export function electronExecutableName(platform: NodeJS.Platform): string;

export function findElectronBinary(options: { projectRoot: string; env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform }): ElectronBinary;

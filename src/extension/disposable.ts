import type * as vscode from 'vscode';

/**
 * Holds children and disposes them together, as VS Code's built-in extensions do, so a
 * feature is one object that `extension.ts` can push once.
 */
export abstract class Disposable implements vscode.Disposable {
  private readonly children: vscode.Disposable[] = [];
  private disposed = false;

  protected get isDisposed(): boolean {
    return this.disposed;
  }

  protected register<T extends vscode.Disposable>(child: T): T {
    if (this.disposed) child.dispose();
    else this.children.push(child);
    return child;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    // Last registered first: later children may depend on earlier ones.
    for (const child of this.children.splice(0).reverse()) {
      try {
        child.dispose();
      } catch {
        // one failing child must not keep the others alive
      }
    }
  }
}

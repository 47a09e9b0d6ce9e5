using System.Runtime.CompilerServices;

// The engine's tests run the same rounds on both integer widths (AllocationEngine.AllocateWith) to show they agree.
[assembly: InternalsVisibleTo("GroupCrm.Core.Tests")]

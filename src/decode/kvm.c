/* SPDX-License-Identifier: MIT */
/*
 * KVM ioctls (type 0xAE), as strace 6.1 prints them: the request names
 * of x86 and of every architecture, the VM and vcpu descriptors KVM_CREATE_VM
 * and KVM_CREATE_VCPU return, KVM_SET_USER_MEMORY_REGION,
 * KVM_CHECK_EXTENSION's capability, x86's KVM_[GS]ET_REGS, KVM_[GS]ET_SREGS
 * and the CPUID ioctls, and with -e kvm=vcpu the exit reason of KVM_RUN:
 *
 *     ioctl(5, KVM_RUN, 0)                    = 0 (KVM_EXIT_IO)
 *
 * The exit reason is in the vcpu's struct kvm_run, which the VMM maps
 * from the vcpu descriptor. It is found as strace finds it: the
 * descriptor's /proc link ("anon_inode:kvm-vcpu:N"), then the first
 * mapping of that name (device major 0) in /proc/PID/maps; the struct is
 * read there, if the mapping is large enough to hold it. Unlike strace,
 * nothing is cached: the maps are read again at each KVM_RUN, so a VMM
 * that remaps its vcpus is never shown a stale area (strace's cache is
 * only refreshed by the mmap-family calls it sees).
 *
 * Values are those of the kernel's uapi <linux/kvm.h> (x86 sizes for the
 * x86-only requests, which other architectures never see).
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* The requests decoded beyond their name. */
enum {
	KVM_GET_API_VERSION = 0xae00,
	KVM_CREATE_VM = 0xae01,
	KVM_CHECK_EXTENSION = 0xae03,
	KVM_CREATE_VCPU = 0xae41,
	KVM_RUN = 0xae80,
	KVM_SET_USER_MEMORY_REGION = 0x4020ae46,
	KVM_GET_REGS = 0x8090ae81,
	KVM_SET_REGS = 0x4090ae82,
	KVM_GET_SREGS = 0x8138ae83,
	KVM_SET_SREGS = 0x4138ae84,
	KVM_SET_CPUID2 = 0x4008ae90,
	KVM_GET_SUPPORTED_CPUID = 0xc008ae05,
	KVM_GET_EMULATED_CPUID = 0xc008ae09,
};

/* struct kvm_run: its size, and where exit_reason (a __u32) is. */
enum { KVM_RUN_SIZE = 2352, KVM_RUN_EXIT_REASON = 8 };

static const struct ltr_xlat kvm_ioctls[] = {
	LTR_XLAT_PAIR(0xae00, "KVM_GET_API_VERSION"),
	LTR_XLAT_PAIR(0xae01, "KVM_CREATE_VM"),
	LTR_XLAT_PAIR(0xae03, "KVM_CHECK_EXTENSION"),
	LTR_XLAT_PAIR(0xae04, "KVM_GET_VCPU_MMAP_SIZE"),
	LTR_XLAT_PAIR(0xae41, "KVM_CREATE_VCPU"),
	LTR_XLAT_PAIR(0xae44, "KVM_SET_NR_MMU_PAGES"),
	LTR_XLAT_PAIR(0xae45, "KVM_GET_NR_MMU_PAGES"),
	LTR_XLAT_PAIR(0xae47, "KVM_SET_TSS_ADDR"),
	LTR_XLAT_PAIR(0xae60, "KVM_CREATE_IRQCHIP"),
	LTR_XLAT_PAIR(0xae64, "KVM_CREATE_PIT"),
	LTR_XLAT_PAIR(0xae71, "KVM_REINJECT_CONTROL"),
	LTR_XLAT_PAIR(0xae78, "KVM_SET_BOOT_CPU_ID"),
	LTR_XLAT_PAIR(0xae80, "KVM_RUN"),
	LTR_XLAT_PAIR(0xae9a, "KVM_NMI"),
	LTR_XLAT_PAIR(0xaea2, "KVM_SET_TSC_KHZ"),
	LTR_XLAT_PAIR(0xaea3, "KVM_GET_TSC_KHZ"),
	LTR_XLAT_PAIR(0xaead, "KVM_KVMCLOCK_CTRL"),
	LTR_XLAT_PAIR(0xaeb7, "KVM_SMI"),
	LTR_XLAT_PAIR(0xaec7, "KVM_RESET_DIRTY_RINGS"),
	LTR_XLAT_PAIR(0xaece, "KVM_GET_STATS_FD"),
	LTR_XLAT_PAIR(0x4004ae86, "KVM_INTERRUPT"),
	LTR_XLAT_PAIR(0x4004ae8b, "KVM_SET_SIGNAL_MASK"),
	LTR_XLAT_PAIR(0x4004ae99, "KVM_SET_MP_STATE"),
	LTR_XLAT_PAIR(0x4008ae48, "KVM_SET_IDENTITY_MAP_ADDR"),
	LTR_XLAT_PAIR(0x4008ae61, "KVM_IRQ_LINE"),
	LTR_XLAT_PAIR(0x4008ae6a, "KVM_SET_GSI_ROUTING"),
	LTR_XLAT_PAIR(0x4008ae73, "KVM_ASSIGN_SET_MSIX_NR"),
	LTR_XLAT_PAIR(0x4008ae89, "KVM_SET_MSRS"),
	LTR_XLAT_PAIR(0x4008ae8a, "KVM_SET_CPUID"),
	LTR_XLAT_PAIR(0x4008ae90, "KVM_SET_CPUID2"),
	LTR_XLAT_PAIR(0x4008ae93, "KVM_SET_VAPIC_ADDR"),
	LTR_XLAT_PAIR(0x4008ae9c, "KVM_X86_SETUP_MCE"),
	LTR_XLAT_PAIR(0x400caed0, "KVM_XEN_HVM_EVTCHN_SEND"),
	LTR_XLAT_PAIR(0x4010ae42, "KVM_GET_DIRTY_LOG"),
	LTR_XLAT_PAIR(0x4010ae67, "KVM_REGISTER_COALESCED_MMIO"),
	LTR_XLAT_PAIR(0x4010ae68, "KVM_UNREGISTER_COALESCED_MMIO"),
	LTR_XLAT_PAIR(0x4010ae74, "KVM_ASSIGN_SET_MSIX_ENTRY"),
	LTR_XLAT_PAIR(0x4010aeaa, "KVM_DIRTY_TLB"),
	LTR_XLAT_PAIR(0x4010aeab, "KVM_GET_ONE_REG"),
	LTR_XLAT_PAIR(0x4010aeac, "KVM_SET_ONE_REG"),
	LTR_XLAT_PAIR(0x4018ae40, "KVM_SET_MEMORY_REGION"),
	LTR_XLAT_PAIR(0x4018aebd, "KVM_HYPERV_EVENTFD"),
	LTR_XLAT_PAIR(0x4018aee1, "KVM_SET_DEVICE_ATTR"),
	LTR_XLAT_PAIR(0x4018aee2, "KVM_GET_DEVICE_ATTR"),
	LTR_XLAT_PAIR(0x4018aee3, "KVM_HAS_DEVICE_ATTR"),
	LTR_XLAT_PAIR(0x4020ae43, "KVM_SET_MEMORY_ALIAS"),
	LTR_XLAT_PAIR(0x4020ae46, "KVM_SET_USER_MEMORY_REGION"),
	LTR_XLAT_PAIR(0x4020ae76, "KVM_IRQFD"),
	LTR_XLAT_PAIR(0x4020aea5, "KVM_SIGNAL_MSI"),
	LTR_XLAT_PAIR(0x4020aeb2, "KVM_SET_PMU_EVENT_FILTER"),
	LTR_XLAT_PAIR(0x4030ae7b, "KVM_SET_CLOCK"),
	LTR_XLAT_PAIR(0x4038ae7a, "KVM_XEN_HVM_CONFIG"),
	LTR_XLAT_PAIR(0x4040ae70, "KVM_ASSIGN_DEV_IRQ"),
	LTR_XLAT_PAIR(0x4040ae72, "KVM_DEASSIGN_PCI_DEVICE"),
	LTR_XLAT_PAIR(0x4040ae75, "KVM_DEASSIGN_DEV_IRQ"),
	LTR_XLAT_PAIR(0x4040ae77, "KVM_CREATE_PIT2"),
	LTR_XLAT_PAIR(0x4040ae79, "KVM_IOEVENTFD"),
	LTR_XLAT_PAIR(0x4040ae9e, "KVM_X86_SET_MCE"),
	LTR_XLAT_PAIR(0x4040aea0, "KVM_SET_VCPU_EVENTS"),
	LTR_XLAT_PAIR(0x4040aea4, "KVM_ASSIGN_SET_INTX_MASK"),
	LTR_XLAT_PAIR(0x4048ae9b, "KVM_SET_GUEST_DEBUG"),
	LTR_XLAT_PAIR(0x4048aec9, "KVM_XEN_HVM_SET_ATTR"),
	LTR_XLAT_PAIR(0x4048aecb, "KVM_XEN_VCPU_SET_ATTR"),
	LTR_XLAT_PAIR(0x4068aea3, "KVM_ENABLE_CAP"),
	LTR_XLAT_PAIR(0x4070aea0, "KVM_SET_PIT2"),
	LTR_XLAT_PAIR(0x4080aea2, "KVM_SET_DEBUGREGS"),
	LTR_XLAT_PAIR(0x4080aebf, "KVM_SET_NESTED_STATE"),
	LTR_XLAT_PAIR(0x4090ae82, "KVM_SET_REGS"),
	LTR_XLAT_PAIR(0x4138ae84, "KVM_SET_SREGS"),
	LTR_XLAT_PAIR(0x4140aecd, "KVM_SET_SREGS2"),
	LTR_XLAT_PAIR(0x4188aea7, "KVM_SET_XCRS"),
	LTR_XLAT_PAIR(0x4188aec6, "KVM_X86_SET_MSR_FILTER"),
	LTR_XLAT_PAIR(0x41a0ae8d, "KVM_SET_FPU"),
	LTR_XLAT_PAIR(0x4400ae8f, "KVM_SET_LAPIC"),
	LTR_XLAT_PAIR(0x5000aea5, "KVM_SET_XSAVE"),
	LTR_XLAT_PAIR(0x8004ae98, "KVM_GET_MP_STATE"),
	LTR_XLAT_PAIR(0x8008ae9d, "KVM_X86_GET_MCE_CAP_SUPPORTED"),
	LTR_XLAT_PAIR(0x8010aebb, "KVM_MEMORY_ENCRYPT_REG_REGION"),
	LTR_XLAT_PAIR(0x8010aebc, "KVM_MEMORY_ENCRYPT_UNREG_REGION"),
	LTR_XLAT_PAIR(0x8030ae7c, "KVM_GET_CLOCK"),
	LTR_XLAT_PAIR(0x8040ae69, "KVM_ASSIGN_PCI_DEVICE"),
	LTR_XLAT_PAIR(0x8040ae9f, "KVM_GET_VCPU_EVENTS"),
	LTR_XLAT_PAIR(0x8048ae66, "KVM_SET_PIT"),
	LTR_XLAT_PAIR(0x8070ae9f, "KVM_GET_PIT2"),
	LTR_XLAT_PAIR(0x8080aea1, "KVM_GET_DEBUGREGS"),
	LTR_XLAT_PAIR(0x8090ae81, "KVM_GET_REGS"),
	LTR_XLAT_PAIR(0x8138ae83, "KVM_GET_SREGS"),
	LTR_XLAT_PAIR(0x8140aecc, "KVM_GET_SREGS2"),
	LTR_XLAT_PAIR(0x8188aea6, "KVM_GET_XCRS"),
	LTR_XLAT_PAIR(0x81a0ae8c, "KVM_GET_FPU"),
	LTR_XLAT_PAIR(0x8208ae63, "KVM_SET_IRQCHIP"),
	LTR_XLAT_PAIR(0x8400ae8e, "KVM_GET_LAPIC"),
	LTR_XLAT_PAIR(0x9000aea4, "KVM_GET_XSAVE"),
	LTR_XLAT_PAIR(0x9000aecf, "KVM_GET_XSAVE2"),
	LTR_XLAT_PAIR(0xc004ae02, "KVM_GET_MSR_INDEX_LIST"),
	LTR_XLAT_PAIR(0xc004ae0a, "KVM_GET_MSR_FEATURE_INDEX_LIST"),
	LTR_XLAT_PAIR(0xc008ae05, "KVM_GET_SUPPORTED_CPUID"),
	LTR_XLAT_PAIR(0xc008ae09, "KVM_GET_EMULATED_CPUID"),
	LTR_XLAT_PAIR(0xc008ae67, "KVM_IRQ_LINE_STATUS"),
	LTR_XLAT_PAIR(0xc008ae88, "KVM_GET_MSRS"),
	LTR_XLAT_PAIR(0xc008ae91, "KVM_GET_CPUID2"),
	LTR_XLAT_PAIR(0xc008aeb0, "KVM_GET_REG_LIST"),
	LTR_XLAT_PAIR(0xc008aeba, "KVM_MEMORY_ENCRYPT_OP"),
	LTR_XLAT_PAIR(0xc008aec1, "KVM_GET_SUPPORTED_HV_CPUID"),
	LTR_XLAT_PAIR(0xc00caee0, "KVM_CREATE_DEVICE"),
	LTR_XLAT_PAIR(0xc018ae85, "KVM_TRANSLATE"),
	LTR_XLAT_PAIR(0xc018aec0, "KVM_CLEAR_DIRTY_LOG"),
	LTR_XLAT_PAIR(0xc028ae92, "KVM_TPR_ACCESS_REPORTING"),
	LTR_XLAT_PAIR(0xc048ae65, "KVM_GET_PIT"),
	LTR_XLAT_PAIR(0xc048aec8, "KVM_XEN_HVM_GET_ATTR"),
	LTR_XLAT_PAIR(0xc048aeca, "KVM_XEN_VCPU_GET_ATTR"),
	LTR_XLAT_PAIR(0xc080aebe, "KVM_GET_NESTED_STATE"),
	LTR_XLAT_PAIR(0xc208ae62, "KVM_GET_IRQCHIP"),
	LTR_XLAT_END
};

static const struct ltr_xlat kvm_exit_reasons[] = {
	LTR_XLAT_PAIR(0, "KVM_EXIT_UNKNOWN"), LTR_XLAT_PAIR(1, "KVM_EXIT_EXCEPTION"),
	LTR_XLAT_PAIR(2, "KVM_EXIT_IO"), LTR_XLAT_PAIR(3, "KVM_EXIT_HYPERCALL"),
	LTR_XLAT_PAIR(4, "KVM_EXIT_DEBUG"), LTR_XLAT_PAIR(5, "KVM_EXIT_HLT"),
	LTR_XLAT_PAIR(6, "KVM_EXIT_MMIO"), LTR_XLAT_PAIR(7, "KVM_EXIT_IRQ_WINDOW_OPEN"),
	LTR_XLAT_PAIR(8, "KVM_EXIT_SHUTDOWN"), LTR_XLAT_PAIR(9, "KVM_EXIT_FAIL_ENTRY"),
	LTR_XLAT_PAIR(10, "KVM_EXIT_INTR"), LTR_XLAT_PAIR(11, "KVM_EXIT_SET_TPR"),
	LTR_XLAT_PAIR(12, "KVM_EXIT_TPR_ACCESS"), LTR_XLAT_PAIR(13, "KVM_EXIT_S390_SIEIC"),
	LTR_XLAT_PAIR(14, "KVM_EXIT_S390_RESET"), LTR_XLAT_PAIR(15, "KVM_EXIT_DCR"),
	LTR_XLAT_PAIR(16, "KVM_EXIT_NMI"), LTR_XLAT_PAIR(17, "KVM_EXIT_INTERNAL_ERROR"),
	LTR_XLAT_PAIR(18, "KVM_EXIT_OSI"), LTR_XLAT_PAIR(19, "KVM_EXIT_PAPR_HCALL"),
	LTR_XLAT_PAIR(20, "KVM_EXIT_S390_UCONTROL"), LTR_XLAT_PAIR(21, "KVM_EXIT_WATCHDOG"),
	LTR_XLAT_PAIR(22, "KVM_EXIT_S390_TSCH"), LTR_XLAT_PAIR(23, "KVM_EXIT_EPR"),
	LTR_XLAT_PAIR(24, "KVM_EXIT_SYSTEM_EVENT"), LTR_XLAT_PAIR(25, "KVM_EXIT_S390_STSI"),
	LTR_XLAT_PAIR(26, "KVM_EXIT_IOAPIC_EOI"), LTR_XLAT_PAIR(27, "KVM_EXIT_HYPERV"),
	LTR_XLAT_PAIR(28, "KVM_EXIT_ARM_NISV"), LTR_XLAT_PAIR(29, "KVM_EXIT_X86_RDMSR"),
	LTR_XLAT_PAIR(30, "KVM_EXIT_X86_WRMSR"), LTR_XLAT_PAIR(31, "KVM_EXIT_DIRTY_RING_FULL"),
	LTR_XLAT_PAIR(32, "KVM_EXIT_AP_RESET_HOLD"), LTR_XLAT_PAIR(33, "KVM_EXIT_X86_BUS_LOCK"),
	LTR_XLAT_PAIR(34, "KVM_EXIT_XEN"), LTR_XLAT_PAIR(35, "KVM_EXIT_RISCV_SBI"),
	LTR_XLAT_PAIR(36, "KVM_EXIT_RISCV_CSR"), LTR_XLAT_PAIR(37, "KVM_EXIT_NOTIFY"),
	LTR_XLAT_END
};

static const struct ltr_xlat kvm_caps[] = {
	LTR_XLAT_PAIR(0, "KVM_CAP_IRQCHIP"), LTR_XLAT_PAIR(1, "KVM_CAP_HLT"),
	LTR_XLAT_PAIR(2, "KVM_CAP_MMU_SHADOW_CACHE_CONTROL"),
	LTR_XLAT_PAIR(3, "KVM_CAP_USER_MEMORY"), LTR_XLAT_PAIR(4, "KVM_CAP_SET_TSS_ADDR"),
	LTR_XLAT_PAIR(6, "KVM_CAP_VAPIC"), LTR_XLAT_PAIR(7, "KVM_CAP_EXT_CPUID"),
	LTR_XLAT_PAIR(8, "KVM_CAP_CLOCKSOURCE"), LTR_XLAT_PAIR(9, "KVM_CAP_NR_VCPUS"),
	LTR_XLAT_PAIR(10, "KVM_CAP_NR_MEMSLOTS"), LTR_XLAT_PAIR(11, "KVM_CAP_PIT"),
	LTR_XLAT_PAIR(12, "KVM_CAP_NOP_IO_DELAY"), LTR_XLAT_PAIR(13, "KVM_CAP_PV_MMU"),
	LTR_XLAT_PAIR(14, "KVM_CAP_MP_STATE"), LTR_XLAT_PAIR(15, "KVM_CAP_COALESCED_MMIO"),
	LTR_XLAT_PAIR(16, "KVM_CAP_SYNC_MMU"), LTR_XLAT_PAIR(18, "KVM_CAP_IOMMU"),
	LTR_XLAT_PAIR(21, "KVM_CAP_DESTROY_MEMORY_REGION_WORKS"),
	LTR_XLAT_PAIR(22, "KVM_CAP_USER_NMI"), LTR_XLAT_PAIR(23, "KVM_CAP_SET_GUEST_DEBUG"),
	LTR_XLAT_PAIR(24, "KVM_CAP_REINJECT_CONTROL"), LTR_XLAT_PAIR(25, "KVM_CAP_IRQ_ROUTING"),
	LTR_XLAT_PAIR(26, "KVM_CAP_IRQ_INJECT_STATUS"),
	LTR_XLAT_PAIR(29, "KVM_CAP_ASSIGN_DEV_IRQ"),
	LTR_XLAT_PAIR(30, "KVM_CAP_JOIN_MEMORY_REGIONS_WORKS"), LTR_XLAT_PAIR(31, "KVM_CAP_MCE"),
	LTR_XLAT_PAIR(32, "KVM_CAP_IRQFD"), LTR_XLAT_PAIR(33, "KVM_CAP_PIT2"),
	LTR_XLAT_PAIR(34, "KVM_CAP_SET_BOOT_CPU_ID"), LTR_XLAT_PAIR(35, "KVM_CAP_PIT_STATE2"),
	LTR_XLAT_PAIR(36, "KVM_CAP_IOEVENTFD"),
	LTR_XLAT_PAIR(37, "KVM_CAP_SET_IDENTITY_MAP_ADDR"), LTR_XLAT_PAIR(38, "KVM_CAP_XEN_HVM"),
	LTR_XLAT_PAIR(39, "KVM_CAP_ADJUST_CLOCK"),
	LTR_XLAT_PAIR(40, "KVM_CAP_INTERNAL_ERROR_DATA"),
	LTR_XLAT_PAIR(41, "KVM_CAP_VCPU_EVENTS"), LTR_XLAT_PAIR(42, "KVM_CAP_S390_PSW"),
	LTR_XLAT_PAIR(43, "KVM_CAP_PPC_SEGSTATE"), LTR_XLAT_PAIR(44, "KVM_CAP_HYPERV"),
	LTR_XLAT_PAIR(45, "KVM_CAP_HYPERV_VAPIC"), LTR_XLAT_PAIR(46, "KVM_CAP_HYPERV_SPIN"),
	LTR_XLAT_PAIR(47, "KVM_CAP_PCI_SEGMENT"), LTR_XLAT_PAIR(48, "KVM_CAP_PPC_PAIRED_SINGLES"),
	LTR_XLAT_PAIR(49, "KVM_CAP_INTR_SHADOW"), LTR_XLAT_PAIR(50, "KVM_CAP_DEBUGREGS"),
	LTR_XLAT_PAIR(51, "KVM_CAP_X86_ROBUST_SINGLESTEP"), LTR_XLAT_PAIR(52, "KVM_CAP_PPC_OSI"),
	LTR_XLAT_PAIR(53, "KVM_CAP_PPC_UNSET_IRQ"), LTR_XLAT_PAIR(54, "KVM_CAP_ENABLE_CAP"),
	LTR_XLAT_PAIR(55, "KVM_CAP_XSAVE"), LTR_XLAT_PAIR(56, "KVM_CAP_XCRS"),
	LTR_XLAT_PAIR(57, "KVM_CAP_PPC_GET_PVINFO"), LTR_XLAT_PAIR(58, "KVM_CAP_PPC_IRQ_LEVEL"),
	LTR_XLAT_PAIR(59, "KVM_CAP_ASYNC_PF"), LTR_XLAT_PAIR(60, "KVM_CAP_TSC_CONTROL"),
	LTR_XLAT_PAIR(61, "KVM_CAP_GET_TSC_KHZ"), LTR_XLAT_PAIR(62, "KVM_CAP_PPC_BOOKE_SREGS"),
	LTR_XLAT_PAIR(63, "KVM_CAP_SPAPR_TCE"), LTR_XLAT_PAIR(64, "KVM_CAP_PPC_SMT"),
	LTR_XLAT_PAIR(65, "KVM_CAP_PPC_RMA"), LTR_XLAT_PAIR(66, "KVM_CAP_MAX_VCPUS"),
	LTR_XLAT_PAIR(67, "KVM_CAP_PPC_HIOR"), LTR_XLAT_PAIR(68, "KVM_CAP_PPC_PAPR"),
	LTR_XLAT_PAIR(69, "KVM_CAP_SW_TLB"), LTR_XLAT_PAIR(70, "KVM_CAP_ONE_REG"),
	LTR_XLAT_PAIR(71, "KVM_CAP_S390_GMAP"), LTR_XLAT_PAIR(72, "KVM_CAP_TSC_DEADLINE_TIMER"),
	LTR_XLAT_PAIR(73, "KVM_CAP_S390_UCONTROL"), LTR_XLAT_PAIR(74, "KVM_CAP_SYNC_REGS"),
	LTR_XLAT_PAIR(75, "KVM_CAP_PCI_2_3"), LTR_XLAT_PAIR(76, "KVM_CAP_KVMCLOCK_CTRL"),
	LTR_XLAT_PAIR(77, "KVM_CAP_SIGNAL_MSI"), LTR_XLAT_PAIR(78, "KVM_CAP_PPC_GET_SMMU_INFO"),
	LTR_XLAT_PAIR(79, "KVM_CAP_S390_COW"), LTR_XLAT_PAIR(80, "KVM_CAP_PPC_ALLOC_HTAB"),
	LTR_XLAT_PAIR(81, "KVM_CAP_READONLY_MEM"), LTR_XLAT_PAIR(82, "KVM_CAP_IRQFD_RESAMPLE"),
	LTR_XLAT_PAIR(83, "KVM_CAP_PPC_BOOKE_WATCHDOG"), LTR_XLAT_PAIR(84, "KVM_CAP_PPC_HTAB_FD"),
	LTR_XLAT_PAIR(85, "KVM_CAP_S390_CSS_SUPPORT"), LTR_XLAT_PAIR(86, "KVM_CAP_PPC_EPR"),
	LTR_XLAT_PAIR(87, "KVM_CAP_ARM_PSCI"), LTR_XLAT_PAIR(88, "KVM_CAP_ARM_SET_DEVICE_ADDR"),
	LTR_XLAT_PAIR(89, "KVM_CAP_DEVICE_CTRL"), LTR_XLAT_PAIR(90, "KVM_CAP_IRQ_MPIC"),
	LTR_XLAT_PAIR(91, "KVM_CAP_PPC_RTAS"), LTR_XLAT_PAIR(92, "KVM_CAP_IRQ_XICS"),
	LTR_XLAT_PAIR(93, "KVM_CAP_ARM_EL1_32BIT"), LTR_XLAT_PAIR(94, "KVM_CAP_SPAPR_MULTITCE"),
	LTR_XLAT_PAIR(95, "KVM_CAP_EXT_EMUL_CPUID"), LTR_XLAT_PAIR(96, "KVM_CAP_HYPERV_TIME"),
	LTR_XLAT_PAIR(97, "KVM_CAP_IOAPIC_POLARITY_IGNORED"),
	LTR_XLAT_PAIR(98, "KVM_CAP_ENABLE_CAP_VM"), LTR_XLAT_PAIR(99, "KVM_CAP_S390_IRQCHIP"),
	LTR_XLAT_PAIR(100, "KVM_CAP_IOEVENTFD_NO_LENGTH"),
	LTR_XLAT_PAIR(101, "KVM_CAP_VM_ATTRIBUTES"), LTR_XLAT_PAIR(102, "KVM_CAP_ARM_PSCI_0_2"),
	LTR_XLAT_PAIR(103, "KVM_CAP_PPC_FIXUP_HCALL"),
	LTR_XLAT_PAIR(104, "KVM_CAP_PPC_ENABLE_HCALL"),
	LTR_XLAT_PAIR(105, "KVM_CAP_CHECK_EXTENSION_VM"),
	LTR_XLAT_PAIR(106, "KVM_CAP_S390_USER_SIGP"),
	LTR_XLAT_PAIR(107, "KVM_CAP_S390_VECTOR_REGISTERS"),
	LTR_XLAT_PAIR(108, "KVM_CAP_S390_MEM_OP"), LTR_XLAT_PAIR(109, "KVM_CAP_S390_USER_STSI"),
	LTR_XLAT_PAIR(110, "KVM_CAP_S390_SKEYS"), LTR_XLAT_PAIR(111, "KVM_CAP_MIPS_FPU"),
	LTR_XLAT_PAIR(112, "KVM_CAP_MIPS_MSA"), LTR_XLAT_PAIR(113, "KVM_CAP_S390_INJECT_IRQ"),
	LTR_XLAT_PAIR(114, "KVM_CAP_S390_IRQ_STATE"), LTR_XLAT_PAIR(115, "KVM_CAP_PPC_HWRNG"),
	LTR_XLAT_PAIR(116, "KVM_CAP_DISABLE_QUIRKS"), LTR_XLAT_PAIR(117, "KVM_CAP_X86_SMM"),
	LTR_XLAT_PAIR(118, "KVM_CAP_MULTI_ADDRESS_SPACE"),
	LTR_XLAT_PAIR(119, "KVM_CAP_GUEST_DEBUG_HW_BPS"),
	LTR_XLAT_PAIR(120, "KVM_CAP_GUEST_DEBUG_HW_WPS"),
	LTR_XLAT_PAIR(121, "KVM_CAP_SPLIT_IRQCHIP"),
	LTR_XLAT_PAIR(122, "KVM_CAP_IOEVENTFD_ANY_LENGTH"),
	LTR_XLAT_PAIR(123, "KVM_CAP_HYPERV_SYNIC"), LTR_XLAT_PAIR(124, "KVM_CAP_S390_RI"),
	LTR_XLAT_PAIR(125, "KVM_CAP_SPAPR_TCE_64"), LTR_XLAT_PAIR(126, "KVM_CAP_ARM_PMU_V3"),
	LTR_XLAT_PAIR(127, "KVM_CAP_VCPU_ATTRIBUTES"), LTR_XLAT_PAIR(128, "KVM_CAP_MAX_VCPU_ID"),
	LTR_XLAT_PAIR(129, "KVM_CAP_X2APIC_API"), LTR_XLAT_PAIR(130, "KVM_CAP_S390_USER_INSTR0"),
	LTR_XLAT_PAIR(131, "KVM_CAP_MSI_DEVID"), LTR_XLAT_PAIR(132, "KVM_CAP_PPC_HTM"),
	LTR_XLAT_PAIR(133, "KVM_CAP_SPAPR_RESIZE_HPT"),
	LTR_XLAT_PAIR(134, "KVM_CAP_PPC_MMU_RADIX"),
	LTR_XLAT_PAIR(135, "KVM_CAP_PPC_MMU_HASH_V3"),
	LTR_XLAT_PAIR(136, "KVM_CAP_IMMEDIATE_EXIT"), LTR_XLAT_PAIR(137, "KVM_CAP_MIPS_VZ"),
	LTR_XLAT_PAIR(138, "KVM_CAP_MIPS_TE"), LTR_XLAT_PAIR(139, "KVM_CAP_MIPS_64BIT"),
	LTR_XLAT_PAIR(140, "KVM_CAP_S390_GS"), LTR_XLAT_PAIR(141, "KVM_CAP_S390_AIS"),
	LTR_XLAT_PAIR(142, "KVM_CAP_SPAPR_TCE_VFIO"),
	LTR_XLAT_PAIR(143, "KVM_CAP_X86_DISABLE_EXITS"),
	LTR_XLAT_PAIR(144, "KVM_CAP_ARM_USER_IRQ"),
	LTR_XLAT_PAIR(145, "KVM_CAP_S390_CMMA_MIGRATION"),
	LTR_XLAT_PAIR(146, "KVM_CAP_PPC_FWNMI"), LTR_XLAT_PAIR(147, "KVM_CAP_PPC_SMT_POSSIBLE"),
	LTR_XLAT_PAIR(148, "KVM_CAP_HYPERV_SYNIC2"),
	LTR_XLAT_PAIR(149, "KVM_CAP_HYPERV_VP_INDEX"),
	LTR_XLAT_PAIR(150, "KVM_CAP_S390_AIS_MIGRATION"),
	LTR_XLAT_PAIR(151, "KVM_CAP_PPC_GET_CPU_CHAR"), LTR_XLAT_PAIR(152, "KVM_CAP_S390_BPB"),
	LTR_XLAT_PAIR(153, "KVM_CAP_GET_MSR_FEATURES"),
	LTR_XLAT_PAIR(154, "KVM_CAP_HYPERV_EVENTFD"),
	LTR_XLAT_PAIR(155, "KVM_CAP_HYPERV_TLBFLUSH"),
	LTR_XLAT_PAIR(156, "KVM_CAP_S390_HPAGE_1M"), LTR_XLAT_PAIR(157, "KVM_CAP_NESTED_STATE"),
	LTR_XLAT_PAIR(158, "KVM_CAP_ARM_INJECT_SERROR_ESR"),
	LTR_XLAT_PAIR(159, "KVM_CAP_MSR_PLATFORM_INFO"),
	LTR_XLAT_PAIR(160, "KVM_CAP_PPC_NESTED_HV"),
	LTR_XLAT_PAIR(161, "KVM_CAP_HYPERV_SEND_IPI"),
	LTR_XLAT_PAIR(162, "KVM_CAP_COALESCED_PIO"),
	LTR_XLAT_PAIR(163, "KVM_CAP_HYPERV_ENLIGHTENED_VMCS"),
	LTR_XLAT_PAIR(164, "KVM_CAP_EXCEPTION_PAYLOAD"),
	LTR_XLAT_PAIR(165, "KVM_CAP_ARM_VM_IPA_SIZE"),
	LTR_XLAT_PAIR(166, "KVM_CAP_MANUAL_DIRTY_LOG_PROTECT"),
	LTR_XLAT_PAIR(167, "KVM_CAP_HYPERV_CPUID"),
	LTR_XLAT_PAIR(168, "KVM_CAP_MANUAL_DIRTY_LOG_PROTECT2"),
	LTR_XLAT_PAIR(169, "KVM_CAP_PPC_IRQ_XIVE"), LTR_XLAT_PAIR(170, "KVM_CAP_ARM_SVE"),
	LTR_XLAT_PAIR(171, "KVM_CAP_ARM_PTRAUTH_ADDRESS"),
	LTR_XLAT_PAIR(172, "KVM_CAP_ARM_PTRAUTH_GENERIC"),
	LTR_XLAT_PAIR(173, "KVM_CAP_PMU_EVENT_FILTER"),
	LTR_XLAT_PAIR(174, "KVM_CAP_ARM_IRQ_LINE_LAYOUT_2"),
	LTR_XLAT_PAIR(175, "KVM_CAP_HYPERV_DIRECT_TLBFLUSH"),
	LTR_XLAT_PAIR(176, "KVM_CAP_PPC_GUEST_DEBUG_SSTEP"),
	LTR_XLAT_PAIR(177, "KVM_CAP_ARM_NISV_TO_USER"),
	LTR_XLAT_PAIR(178, "KVM_CAP_ARM_INJECT_EXT_DABT"),
	LTR_XLAT_PAIR(179, "KVM_CAP_S390_VCPU_RESETS"),
	LTR_XLAT_PAIR(180, "KVM_CAP_S390_PROTECTED"),
	LTR_XLAT_PAIR(181, "KVM_CAP_PPC_SECURE_GUEST"), LTR_XLAT_PAIR(182, "KVM_CAP_HALT_POLL"),
	LTR_XLAT_PAIR(183, "KVM_CAP_ASYNC_PF_INT"), LTR_XLAT_PAIR(184, "KVM_CAP_LAST_CPU"),
	LTR_XLAT_PAIR(185, "KVM_CAP_SMALLER_MAXPHYADDR"),
	LTR_XLAT_PAIR(186, "KVM_CAP_S390_DIAG318"), LTR_XLAT_PAIR(187, "KVM_CAP_STEAL_TIME"),
	LTR_XLAT_PAIR(188, "KVM_CAP_X86_USER_SPACE_MSR"),
	LTR_XLAT_PAIR(189, "KVM_CAP_X86_MSR_FILTER"),
	LTR_XLAT_PAIR(190, "KVM_CAP_ENFORCE_PV_FEATURE_CPUID"),
	LTR_XLAT_PAIR(191, "KVM_CAP_SYS_HYPERV_CPUID"),
	LTR_XLAT_PAIR(192, "KVM_CAP_DIRTY_LOG_RING"),
	LTR_XLAT_PAIR(193, "KVM_CAP_X86_BUS_LOCK_EXIT"), LTR_XLAT_PAIR(194, "KVM_CAP_PPC_DAWR1"),
	LTR_XLAT_PAIR(195, "KVM_CAP_SET_GUEST_DEBUG2"),
	LTR_XLAT_PAIR(196, "KVM_CAP_SGX_ATTRIBUTE"),
	LTR_XLAT_PAIR(197, "KVM_CAP_VM_COPY_ENC_CONTEXT_FROM"),
	LTR_XLAT_PAIR(198, "KVM_CAP_PTP_KVM"), LTR_XLAT_PAIR(199, "KVM_CAP_HYPERV_ENFORCE_CPUID"),
	LTR_XLAT_PAIR(200, "KVM_CAP_SREGS2"), LTR_XLAT_PAIR(201, "KVM_CAP_EXIT_HYPERCALL"),
	LTR_XLAT_PAIR(202, "KVM_CAP_PPC_RPT_INVALIDATE"),
	LTR_XLAT_PAIR(203, "KVM_CAP_BINARY_STATS_FD"),
	LTR_XLAT_PAIR(204, "KVM_CAP_EXIT_ON_EMULATION_FAILURE"),
	LTR_XLAT_PAIR(205, "KVM_CAP_ARM_MTE"),
	LTR_XLAT_PAIR(206, "KVM_CAP_VM_MOVE_ENC_CONTEXT_FROM"),
	LTR_XLAT_PAIR(207, "KVM_CAP_VM_GPA_BITS"), LTR_XLAT_PAIR(208, "KVM_CAP_XSAVE2"),
	LTR_XLAT_PAIR(209, "KVM_CAP_SYS_ATTRIBUTES"),
	LTR_XLAT_PAIR(210, "KVM_CAP_PPC_AIL_MODE_3"),
	LTR_XLAT_PAIR(211, "KVM_CAP_S390_MEM_OP_EXTENSION"),
	LTR_XLAT_PAIR(212, "KVM_CAP_PMU_CAPABILITY"),
	LTR_XLAT_PAIR(213, "KVM_CAP_DISABLE_QUIRKS2"),
	LTR_XLAT_PAIR(214, "KVM_CAP_VM_TSC_CONTROL"),
	LTR_XLAT_PAIR(215, "KVM_CAP_SYSTEM_EVENT_DATA"),
	LTR_XLAT_PAIR(216, "KVM_CAP_ARM_SYSTEM_SUSPEND"),
	LTR_XLAT_PAIR(217, "KVM_CAP_S390_PROTECTED_DUMP"),
	LTR_XLAT_PAIR(218, "KVM_CAP_X86_TRIPLE_FAULT_EVENT"),
	LTR_XLAT_PAIR(219, "KVM_CAP_X86_NOTIFY_VMEXIT"),
	LTR_XLAT_PAIR(220, "KVM_CAP_VM_DISABLE_NX_HUGE_PAGES"),
	LTR_XLAT_PAIR(221, "KVM_CAP_S390_ZPCI_OP"),
	LTR_XLAT_PAIR(222, "KVM_CAP_S390_CPU_TOPOLOGY"),
	LTR_XLAT_PAIR(223, "KVM_CAP_DIRTY_LOG_RING_ACQ_REL"),
	LTR_XLAT_END
};

static const struct ltr_xlat kvm_mem_flags[] = {
	LTR_XLAT_PAIR(1, "KVM_MEM_LOG_DIRTY_PAGES"), LTR_XLAT_PAIR(2, "KVM_MEM_READONLY"),
	LTR_XLAT_END
};

static const struct ltr_xlat kvm_cpuid_flags[] = {
	LTR_XLAT_PAIR(1, "KVM_CPUID_FLAG_SIGNIFCANT_INDEX"),
	LTR_XLAT_PAIR(2, "KVM_CPUID_FLAG_STATEFUL_FUNC"),
	LTR_XLAT_PAIR(4, "KVM_CPUID_FLAG_STATE_READ_NEXT"),
	LTR_XLAT_END
};

/* -e kvm=vcpu */
static bool vcpu_exit_reasons;

void ltr_kvm_set_vcpu(bool on)
{
	vcpu_exit_reasons = on;
}

/* --- /proc, replaceable by the unit tests --- */

static ssize_t live_fd_link(pid_t pid, int fd, char *buf, size_t size)
{
	char link[64];

	snprintf(link, sizeof(link), "/proc/%d/fd/%d", (int)pid, fd);
	return readlink(link, buf, size);
}

static char *live_maps(pid_t pid)
{
	char path[64];
	struct ltr_strbuf text = { 0 };
	char chunk[16384];
	ssize_t n;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/maps", (int)pid);
	f = fopen(path, "re");
	if (!f)
		return NULL;
	while ((n = (ssize_t)fread(chunk, 1, sizeof(chunk), f)) > 0)
		ltr_sb_append(&text, chunk, (size_t)n);
	fclose(f);
	if (!text.data)
		return ltr_xstrdup("");
	return text.data; /* NUL-terminated by the strbuf */
}

static const struct ltr_kvm_proc live_proc = { live_fd_link, live_maps };
static const struct ltr_kvm_proc *proc = &live_proc;

void ltr_kvm_set_proc(const struct ltr_kvm_proc *p)
{
	proc = p ? p : &live_proc;
}

/* --- finding a vcpu's struct kvm_run --- */

#define VCPU_LINK_PREFIX "anon_inode:kvm-vcpu:"

/* A maps line: "START-END PERM OFFSET MAJOR:MINOR INODE PATH". */
struct maps_entry {
	uint64_t start, end;
	unsigned long major;
	const char *path;
	size_t path_len;
};

/* Parses the line at p (up to end); false for lines without a path or with odd fields. */
static bool parse_maps_line(const char *p, const char *end, struct maps_entry *e)
{
	char *q;
	unsigned i;

	e->start = strtoull(p, &q, 16);
	if (q == p || *q != '-')
		return false;
	p = q + 1;
	e->end = strtoull(p, &q, 16);
	if (q == p || *q != ' ' || end - q < 6)
		return false;
	p = q + 1;
	/* the permissions: r or -, w or -, x or -, p or s (strace skips others) */
	if ((p[0] != 'r' && p[0] != '-') || (p[1] != 'w' && p[1] != '-') ||
	    (p[2] != 'x' && p[2] != '-') || (p[3] != 'p' && p[3] != 's') || p[4] != ' ')
		return false;
	p += 5;
	strtoull(p, &q, 16);  /* offset */
	if (q == p || *q != ' ')
		return false;
	p = q + 1;
	e->major = strtoul(p, &q, 16);
	if (q == p || *q != ':')
		return false;
	p = q + 1;
	strtoul(p, &q, 16);   /* minor */
	if (q == p || *q != ' ')
		return false;
	p = q + 1;
	strtoull(p, &q, 10);  /* inode */
	if (q == p)
		return false;
	for (i = 0, p = q; p < end && (*p == ' ' || *p == '\t'); p++, i++)
		;
	if (!i || p >= end)
		return false;
	e->path = p;
	e->path_len = (size_t)(end - p);
	return e->end >= e->start;
}

/*
 * The area mapped from the vcpu whose descriptor links to path: the first
 * mapping of that name with device major 0, among the mappings strace
 * keeps (ascending, not overlapping the one kept before).
 */
static bool find_vcpu_area(const char *maps, const char *path, uint64_t *start, uint64_t *len)
{
	size_t plen = strlen(path);
	uint64_t prev_start = 0, prev_end = 0;
	bool have_prev = false;
	const char *p = maps;

	while (*p) {
		const char *nl = strchr(p, '\n');
		const char *end = nl ? nl : p + strlen(p);
		struct maps_entry e;

		if (parse_maps_line(p, end, &e) &&
		    !(have_prev && (e.start <= prev_start || e.start < prev_end))) {
			have_prev = true;
			prev_start = e.start;
			prev_end = e.end;
			if (e.major == 0 && e.path_len == plen && memcmp(e.path, path, plen) == 0) {
				*start = e.start;
				*len = e.end - e.start;
				return true;
			}
		}
		p = nl ? nl + 1 : end;
	}
	return false;
}

/* A vcpu number as strace reads one: decimal digits up to INT_MAX. */
static bool vcpu_number(const char *s)
{
	char *end;
	long long v;

	if (!*s)
		return false;
	v = strtoll(s, &end, 10);
	return end != s && !*end && v >= 0 && v <= INT_MAX;
}

/*
 * The exit reason of the vcpu on descriptor fd of c's process, read from
 * its struct kvm_run: its name, "KVM_EXIT_???" for unknown values, or
 * NULL when there is no vcpu there or its area cannot be read.
 */
static const char *vcpu_exit_reason(struct ltr_call *c, int fd)
{
	char path[PATH_MAX + 1];
	unsigned char run[KVM_RUN_SIZE];
	uint64_t start, len;
	const char *name;
	ssize_t n;
	char *maps;
	bool found;

	if (fd < 0)
		return NULL;
	n = proc->fd_link(c->pid, fd, path, sizeof(path) - 1);
	if (n <= 0)
		return NULL;
	path[n] = '\0';
	if (strncmp(path, VCPU_LINK_PREFIX, sizeof(VCPU_LINK_PREFIX) - 1) != 0 ||
	    !vcpu_number(path + sizeof(VCPU_LINK_PREFIX) - 1))
		return NULL;
	maps = proc->maps(c->pid);
	if (!maps)
		return NULL;
	found = find_vcpu_area(maps, path, &start, &len);
	free(maps);
	if (!found || len < KVM_RUN_SIZE || ltr_mem_read(c->mem, start, run, sizeof(run)) < 0)
		return NULL;
	name = ltr_xlat_lookup(kvm_exit_reasons, ltr_get_u32(run + KVM_RUN_EXIT_REASON));
	return name ? name : "KVM_EXIT_???";
}

/* --- the arguments --- */

static bool x86(const struct ltr_call *c)
{
	return ltr_arch_is(c, "x86_64") || ltr_arch_is(c, "i386");
}

static void print_memory_region(struct ltr_call *c, uint64_t addr)
{
	unsigned char r[32];

	if (!ltr_fetch(c, addr, r, sizeof(r)))
		return;
	ltr_sb_printf(c->out, "{slot=%u, flags=", ltr_get_u32(r));
	ltr_print_flags_dflt(c->out, kvm_mem_flags, ltr_get_u32(r + 4), NULL, "KVM_MEM_???");
	ltr_sb_printf(c->out, ", guest_phys_addr=%#llx, memory_size=%llu, userspace_addr=%#llx}",
		      (unsigned long long)ltr_get_u64(r + 8),
		      (unsigned long long)ltr_get_u64(r + 16),
		      (unsigned long long)ltr_get_u64(r + 24));
}

/* x86's struct kvm_regs: 18 __u64, rax ... r15, rip, rflags. */
static void print_regs(struct ltr_call *c, uint64_t addr)
{
	static const char *const names[] = {
		"rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rsp", "rbp", "r8", "r9",
		"r10", "r11", "r12", "r13", "r14", "r15", "rip", "rflags",
	};
	unsigned char r[18 * 8];
	unsigned i;

	if (!ltr_fetch(c, addr, r, sizeof(r)))
		return;
	ltr_sb_putc(c->out, '{');
	for (i = 0; i < 18; i++) {
		/* abbreviated: rax, ..., rsp, rbp, ..., rip, rflags */
		bool hidden = !c->opts->verbose && ((i >= 1 && i <= 5) || (i >= 8 && i <= 15));

		if (hidden) {
			if (i == 1 || i == 8)
				ltr_sb_puts(c->out, ", ...");
			continue;
		}
		if (i)
			ltr_sb_puts(c->out, ", ");
		ltr_sb_printf(c->out, "%s=", names[i]);
		ltr_sb_put_hex(c->out, ltr_get_u64(r + 8 * i));
	}
	ltr_sb_putc(c->out, '}');
}

/* struct kvm_segment (24 bytes). */
static void print_segment(struct ltr_strbuf *out, const unsigned char *s)
{
	ltr_sb_puts(out, "{base=");
	ltr_sb_put_hex(out, ltr_get_u64(s));
	ltr_sb_printf(out, ", limit=%u, selector=%u, type=%u, present=%u, dpl=%u, db=%u, "
		      "s=%u, l=%u, g=%u, avl=%u}", ltr_get_u32(s + 8), ltr_get_u16(s + 12),
		      s[14], s[15], s[16], s[17], s[18], s[19], s[20], s[21]);
}

/* struct kvm_dtable (16 bytes). */
static void print_dtable(struct ltr_strbuf *out, const unsigned char *d)
{
	ltr_sb_puts(out, "{base=");
	ltr_sb_put_hex(out, ltr_get_u64(d));
	ltr_sb_printf(out, ", limit=%u}", ltr_get_u16(d + 8));
}

/*
 * x86's struct kvm_sregs: cs, ds, es, fs, gs, ss, tr, ldt segments, gdt
 * and idt tables, cr0, cr2, cr3, cr4, cr8, efer, apic_base and a
 * 256-bit interrupt bitmap (312 bytes). Abbreviated: cs only.
 */
static void print_sregs(struct ltr_call *c, uint64_t addr)
{
	static const char *const segments[] = { "cs", "ds", "es", "fs", "gs", "ss", "tr", "ldt" };
	static const char *const regs[] = { "cr0", "cr2", "cr3", "cr4", "cr8", "efer" };
	unsigned char s[312];
	unsigned i;

	if (!ltr_fetch(c, addr, s, sizeof(s)))
		return;
	ltr_sb_puts(c->out, "{cs=");
	print_segment(c->out, s);
	if (!c->opts->verbose) {
		ltr_sb_puts(c->out, ", ...}");
		return;
	}
	for (i = 1; i < 8; i++) {
		ltr_sb_printf(c->out, ", %s=", segments[i]);
		print_segment(c->out, s + 24 * i);
	}
	ltr_sb_puts(c->out, ", gdt=");
	print_dtable(c->out, s + 192);
	ltr_sb_puts(c->out, ", idt=");
	print_dtable(c->out, s + 208);
	for (i = 0; i < 6; i++)
		ltr_sb_printf(c->out, ", %s=%llu", regs[i],
			      (unsigned long long)ltr_get_u64(s + 224 + 8 * i));
	ltr_sb_puts(c->out, ", apic_base=");
	ltr_sb_put_hex(c->out, ltr_get_u64(s + 272));
	ltr_sb_puts(c->out, ", interrupt_bitmap=[");
	for (i = 0; i < 4; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		ltr_sb_put_hex(c->out, ltr_get_u64(s + 280 + 8 * i));
	}
	ltr_sb_puts(c->out, "]}");
}

/*
 * struct kvm_cpuid2: nent, then nent struct kvm_cpuid_entry2 (40 bytes:
 * function, index, flags, eax, ebx, ecx, edx, padding). Abbreviated, the
 * entries print as "[...]" ("[]" when there are none); with -v every
 * one, the array cut as strace cuts it where memory ends.
 */
static void print_cpuid2(struct ltr_call *c, uint64_t addr)
{
	unsigned char head[8], e[40];
	uint32_t nent, i;
	uint64_t at;

	if (!ltr_fetch(c, addr, head, sizeof(head)))
		return;
	nent = ltr_get_u32(head);
	ltr_sb_printf(c->out, "{nent=%u, entries=", nent);
	if (!c->opts->verbose) {
		ltr_sb_puts(c->out, nent ? "[...]}" : "[]}");
		return;
	}
	if (!nent) {
		ltr_sb_puts(c->out, "[]}");
		return;
	}
	for (i = 0, at = addr + 8; i < nent; i++, at += sizeof(e)) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		if (ltr_mem_read(c->mem, at, e, sizeof(e)) < 0) {
			if (i)
				ltr_sb_printf(c->out, "... /* %#llx */", (unsigned long long)at);
			else
				ltr_print_addr(c->out, at);
			break;
		}
		if (!i)
			ltr_sb_putc(c->out, '[');
		ltr_sb_printf(c->out, "{function=%#x, index=%#x, flags=", ltr_get_u32(e),
			      ltr_get_u32(e + 4));
		ltr_print_flags_dflt(c->out, kvm_cpuid_flags, ltr_get_u32(e + 8), NULL,
				     "KVM_CPUID_FLAG_???");
		ltr_sb_printf(c->out, ", eax=%#x, ebx=%#x, ecx=%#x, edx=%#x}", ltr_get_u32(e + 12),
			      ltr_get_u32(e + 16), ltr_get_u32(e + 20), ltr_get_u32(e + 24));
	}
	if (i)
		ltr_sb_putc(c->out, ']');
	ltr_sb_putc(c->out, '}');
}

/* A struct the kernel filled: printed at exit, its address when the call failed. */
static void print_filled(struct ltr_call *c, uint64_t addr,
			 void (*print)(struct ltr_call *, uint64_t))
{
	ltr_sb_puts(c->out, ", ");
	if (ltr_call_failed(c) && addr)
		ltr_print_addr(c->out, addr);
	else
		print(c, addr);
}

/* Whether the request's argument is printed at exit (the entry text then ends at its name). */
static bool decoded_at_exit(const struct ltr_call *c, uint32_t req)
{
	switch (req) {
	case KVM_RUN:
		return true;
	case KVM_GET_REGS: case KVM_GET_SREGS:
	case KVM_GET_SUPPORTED_CPUID: case KVM_GET_EMULATED_CPUID:
		return x86(c);
	default:
		return false;
	}
}

bool ltr_decode_kvm_ioctl(struct ltr_call *c)
{
	uint32_t req = (uint32_t)c->args[1];
	uint64_t arg = ltr_arg_word(c, 2);
	int fd = (int)(uint32_t)c->args[0];
	const char *name = ltr_xlat_lookup(kvm_ioctls, req);

	if (!name)
		return false;
	if (!c->exiting) {
		ltr_print_fd(c, fd);
		ltr_sb_printf(c->out, ", %s", name);
		if (decoded_at_exit(c, req))
			return true;
		ltr_sb_puts(c->out, ", ");
		switch (req) {
		case KVM_CREATE_VM:
			c->ret_kind = LTR_RET_FD;
			ltr_sb_put_hex(c->out, arg);
			break;
		case KVM_CREATE_VCPU:
			c->ret_kind = LTR_RET_FD;
			ltr_sb_put_udec(c->out, (uint32_t)arg);
			break;
		case KVM_CHECK_EXTENSION:
			ltr_print_xval(c->out, kvm_caps, arg, "KVM_CAP_???");
			break;
		case KVM_SET_USER_MEMORY_REGION:
			print_memory_region(c, arg);
			break;
		case KVM_SET_REGS:
		case KVM_SET_SREGS:
		case KVM_SET_CPUID2:
			if (!x86(c))
				ltr_sb_put_hex(c->out, arg);
			else if (req == KVM_SET_REGS)
				print_regs(c, arg);
			else if (req == KVM_SET_SREGS)
				print_sregs(c, arg);
			else
				print_cpuid2(c, arg);
			break;
		default:
			ltr_sb_put_hex(c->out, arg);
			break;
		}
		return true;
	}
	switch (decoded_at_exit(c, req) ? req : 0) {
	case KVM_RUN:
		ltr_sb_puts(c->out, ", ");
		ltr_sb_put_hex(c->out, arg);
		if (vcpu_exit_reasons && !ltr_call_failed(c)) {
			const char *reason = vcpu_exit_reason(c, fd);

			if (reason)
				snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", reason);
		}
		break;
	case KVM_GET_REGS:
		print_filled(c, arg, print_regs);
		break;
	case KVM_GET_SREGS:
		print_filled(c, arg, print_sregs);
		break;
	case KVM_GET_SUPPORTED_CPUID:
	case KVM_GET_EMULATED_CPUID:
		print_filled(c, arg, print_cpuid2);
		break;
	default:
		break;
	}
	return true;
}
